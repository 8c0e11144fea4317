#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QFormLayout;
class QSplitter;

namespace ScimDesk {

class Directory;

// The selected user: what is pending for them, attributes, licences, group memberships, and
// the raw SCIM JSON as the service returns it (read on demand, read-only, copyable). It follows
// the user: an apply's read-back or a reload shows at once, without selecting again.
class DetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPane)

public:
    explicit DetailsPane(Directory *directory, QWidget *parent = nullptr);

    // Shows the user with `id` (empty: nothing selected).
    void showUser(const QString &id);
    QString rawJson() const;
    QString licencesText() const;
    QString pendingText() const;
    QSplitter *splitter() const { return m_splitter; }

private:
    QWidget *makeInfo();
    QWidget *makeRawJson();
    void followTheUser();
    void clear();
    void fetchJson();
    // Shows the record as loaded now; asks the service for the JSON again when `refetch`.
    void render(bool refetch);

    Directory *m_directory;
    QString m_id;
    QLabel *m_title;
    QLabel *m_pending;
    QFormLayout *m_form;
    QLabel *m_licences;
    QLabel *m_groups;
    QPlainTextEdit *m_json;
    QPushButton *m_copy;
    QSplitter *m_splitter;
    quint64 m_generation = 0;
    QTimer m_fetchTimer;
};

} // namespace ScimDesk
