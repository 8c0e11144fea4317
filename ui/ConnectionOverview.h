#pragma once

#include "connections/ConnectionSession.h"

#include <QWidget>

class QLabel;

namespace ScimDesk {

// The page shown for the open connection: where it points, its state in words, and what the
// service said about itself.
class ConnectionOverview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionOverview)

public:
    explicit ConnectionOverview(ConnectionSession *session, QWidget *parent = nullptr);

    void refresh();

private:
    ConnectionSession *m_session;
    QLabel *m_title;
    QLabel *m_url;
    QLabel *m_state;
    QLabel *m_details;
};

} // namespace ScimDesk
