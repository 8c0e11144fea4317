#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QFormLayout;

namespace ScimDesk {

class Directory;

// The selected user: attributes, licences, group memberships, and the raw SCIM JSON as the
// service returns it (read on demand, read-only, copyable).
class DetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPane)

public:
    explicit DetailsPane(Directory *directory, QWidget *parent = nullptr);

    // Shows the user with `id` (empty: nothing selected).
    void showUser(const QString &id);
    QString rawJson() const;

private:
    void clear();
    void fetchJson();

    Directory *m_directory;
    QString m_id;
    QLabel *m_title;
    QFormLayout *m_form;
    QLabel *m_licences;
    QLabel *m_groups;
    QPlainTextEdit *m_json;
    QPushButton *m_copy;
    quint64 m_generation = 0;
    QTimer m_fetchTimer;
};

} // namespace ScimDesk
