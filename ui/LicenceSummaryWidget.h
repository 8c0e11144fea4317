#pragma once

#include <QWidget>

namespace ScimDesk {

class UserTableModel;

// Per product, how many active users hold a licence: horizontal bars with the numbers, drawn
// with QPainter (Qt Charts is GPL-only). Updates while pages load.
class LicenceSummaryWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicenceSummaryWidget)

public:
    explicit LicenceSummaryWidget(UserTableModel *users, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The text a screen reader gets, also handy in tests: "Lucidchart: 2,345 of 2,900 active
    // users".
    QStringList lines() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();

    UserTableModel *m_users;
};

} // namespace ScimDesk
