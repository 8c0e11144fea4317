#include "DetailsPane.h"

#include "common/Translations.h"
#include "directory/Directory.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace ScimDesk {

namespace {
struct Row
{
    const char *label;
    UserRecord::Field field;
};
const Row Rows[] = {
    {QT_TRANSLATE_NOOP("ScimDesk::DetailsPane", "User name"), UserRecord::UserName},
    {QT_TRANSLATE_NOOP("ScimDesk::DetailsPane", "Display name"), UserRecord::DisplayName},
    {QT_TRANSLATE_NOOP("ScimDesk::DetailsPane", "Given name"), UserRecord::GivenName},
    {QT_TRANSLATE_NOOP("ScimDesk::DetailsPane", "Family name"), UserRecord::FamilyName},
    {QT_TRANSLATE_NOOP("ScimDesk::DetailsPane", "Email"), UserRecord::Email},
    {QT_TRANSLATE_NOOP("ScimDesk::DetailsPane", "Title"), UserRecord::Title},
    {QT_TRANSLATE_NOOP("ScimDesk::DetailsPane", "Department"), UserRecord::Department},
    {QT_TRANSLATE_NOOP("ScimDesk::DetailsPane", "Cost centre"), UserRecord::CostCenter},
    {QT_TRANSLATE_NOOP("ScimDesk::DetailsPane", "External ID"), UserRecord::ExternalId},
    {QT_TRANSLATE_NOOP("ScimDesk::DetailsPane", "SCIM id"), UserRecord::Id},
    {QT_TRANSLATE_NOOP("ScimDesk::DetailsPane", "Version"), UserRecord::Version},
    {QT_TRANSLATE_NOOP("ScimDesk::DetailsPane", "Last modified"), UserRecord::LastModified},
};
} // namespace

DetailsPane::DetailsPane(Directory *directory, QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_title(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_form(new QFormLayout)
    , m_licences(new QLabel(this))
    , m_groups(new QLabel(this))
    , m_json(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("Copy JSON"), this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("detailsPane"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_pending->setObjectName(QStringLiteral("detailsPending"));
    m_pending->setWordWrap(true);
    m_pending->setTextFormat(Qt::PlainText);
    m_pending->setStyleSheet(QStringLiteral(
        "QLabel { background: #ffe9a8; color: #5a3a00; padding: 4px; border-radius: 3px; }"));

    // The attributes and the JSON share the height; either yields to the other.
    m_splitter->setObjectName(QStringLiteral("detailsSplitter"));
    m_splitter->addWidget(makeInfo());
    m_splitter->addWidget(makeRawJson());
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_splitter, 1);
    m_fetchTimer.setSingleShot(true);
    m_fetchTimer.setInterval(200);
    connect(&m_fetchTimer, &QTimer::timeout, this, &DetailsPane::fetchJson);

    followTheUser();
    clear();
}

// What the pane shows of the user: pending changes, attributes, licences, groups; scrolled.
QWidget *DetailsPane::makeInfo()
{
    auto *info = new QWidget(this);
    auto *attributes = new QGroupBox(tr("Attributes"), info);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // A value too long for the row goes under its label, with the pane's whole width.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    attributes->setLayout(m_form);
    for (const Row &row : Rows) {
        auto *value = new QLabel(attributes);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setTextFormat(Qt::PlainText);
        value->setAccessibleName(tr(row.label));
        m_form->addRow(tr(row.label) + u':', value);
    }

    auto *licences = new QGroupBox(tr("Licences"), info);
    (new QVBoxLayout(licences))->addWidget(m_licences);
    m_licences->setObjectName(QStringLiteral("detailsLicences"));
    m_licences->setWordWrap(true);
    m_licences->setAccessibleName(tr("Licences"));
    auto *groups = new QGroupBox(tr("Groups"), info);
    (new QVBoxLayout(groups))->addWidget(m_groups);
    m_groups->setWordWrap(true);
    m_groups->setAccessibleName(tr("Group memberships"));
    auto *infoLayout = new QVBoxLayout(info);
    infoLayout->setContentsMargins(0, 0, 0, 0);
    infoLayout->addWidget(m_pending);
    infoLayout->addWidget(attributes);
    infoLayout->addWidget(licences);
    infoLayout->addWidget(groups);
    infoLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(info);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setAccessibleName(tr("The selected user's attributes, licences and groups"));
    return scroll;
}

// The user's JSON as the service returns it, and a button to copy it.
QWidget *DetailsPane::makeRawJson()
{
    auto *raw = new QGroupBox(tr("Raw SCIM JSON (as the service returns it now)"), this);
    auto *rawLayout = new QVBoxLayout(raw);
    m_json->setReadOnly(true);
    m_json->setObjectName(QStringLiteral("rawJson"));
    m_json->setAccessibleName(tr("Raw SCIM JSON"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setMinimumHeight(m_json->fontMetrics().lineSpacing() * 6);
    rawLayout->addWidget(m_json, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    rawLayout->addLayout(buttons);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_json->toPlainText()); });
    return raw;
}

// Follow the user: what an apply read back, a reload, a pending change.
void DetailsPane::followTheUser()
{
    UserTableModel *users = m_directory->users();
    connect(users, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &top, const QModelIndex &bottom, const QList<int> &roles) {
                const qsizetype row = m_directory->users()->store().rowOf(m_id);
                if (!m_id.isEmpty() && row >= top.row() && row <= bottom.row())
                    render(!roles.contains(UserTableModel::PendingRole));
            });
    connect(users, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_id.isEmpty() && m_title->property("missing").toBool())
            render(true); // loaded again
    });
    connect(users, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_id.isEmpty())
            render(false);
    });
    GroupTableModel *groupModel = m_directory->groups();
    connect(groupModel, &QAbstractItemModel::dataChanged, this, [this] { render(false); });
    connect(groupModel, &QAbstractItemModel::rowsInserted, this, [this] { render(false); });
    connect(groupModel, &QAbstractItemModel::modelReset, this, [this] { render(false); });
}

void DetailsPane::clear()
{
    m_title->setText(tr("Select a user to see the details."));
    for (int i = 0; i < m_form->rowCount(); ++i) {
        if (auto *label
            = qobject_cast<QLabel *>(m_form->itemAt(i, QFormLayout::FieldRole)->widget()))
            label->clear();
    }
    m_pending->clear();
    m_pending->setVisible(false);
    m_licences->clear();
    m_groups->clear();
    m_json->clear();
    m_copy->setEnabled(false);
}

QString DetailsPane::rawJson() const
{
    return m_json->toPlainText();
}

QString DetailsPane::licencesText() const
{
    return m_licences->text();
}

QString DetailsPane::pendingText() const
{
    return m_pending->isHidden() ? QString() : m_pending->text();
}

void DetailsPane::showUser(const QString &id)
{
    m_id = id;
    render(true);
}

void DetailsPane::render(bool refetch)
{
    if (m_id.isEmpty()) {
        ++m_generation;
        clear();
        return;
    }
    const UserTableModel *users = m_directory->users();
    const qsizetype row = users->store().rowOf(m_id);
    m_title->setProperty("missing", row < 0);
    if (row < 0) {
        const QString id = m_id;
        ++m_generation;
        clear();
        m_id = id; // shown again if it comes back (a reload)
        m_title->setText(tr("The selected user is no longer loaded."));
        return;
    }
    const UserRecord &user = users->store().at(row);
    const QString name = user.field(UserRecord::DisplayName);
    m_title->setText(user.isActive()
                         ? (name.isEmpty() ? user.userName() : name)
                         : tr("%1 (deactivated)").arg(name.isEmpty() ? user.userName() : name));
    const auto pending = users->pending().constFind(m_id);
    m_pending->setVisible(pending != users->pending().cend());
    if (pending != users->pending().cend())
        m_pending->setText(
            tr("Pending (not sent yet): %1").arg(pending->changes.join(QStringLiteral("; "))));
    for (int i = 0; i < m_form->rowCount() && i < int(std::size(Rows)); ++i) {
        if (auto *label
            = qobject_cast<QLabel *>(m_form->itemAt(i, QFormLayout::FieldRole)->widget())) {
            // A time as the table shows it; what the service wrote in the tooltip.
            const QString text = user.field(Rows[i].field);
            label->setText(Rows[i].field == UserRecord::LastModified ? displayTime(text) : text);
            label->setToolTip(text);
        }
    }

    QStringList held;
    const QStringList names = users->store().licences().names;
    for (int i = 0; i < names.size(); ++i) {
        if (user.hasLicence(i))
            held.append(names.at(i));
    }
    m_licences->setText(names.isEmpty()      ? tr("This service does not describe licences.")
                            : held.isEmpty() ? tr("No licences")
                                             : held.join(u", "));
    const QStringList groups = m_directory->groups()->groupsOf(m_id);
    m_groups->setText(groups.isEmpty() ? tr("Not a member of any loaded group")
                                       : groups.join(u", "));
    if (!refetch)
        return;
    ++m_generation;
    m_json->setPlainText(tr("Reading the user from the service…"));
    m_copy->setEnabled(false);
    // Wait until the selection settles (arrow keys held down) before asking the service.
    m_fetchTimer.start();
}

void DetailsPane::fetchJson()
{
    if (m_id.isEmpty())
        return;
    const quint64 generation = m_generation;
    m_directory->fetchUserJson(
        m_id, this, [this, generation](const QByteArray &json, const ScimError &error) {
            if (generation != m_generation)
                return;
            if (error.isError()) {
                m_json->setPlainText(tr("Could not read the user: %1").arg(error.message()));
                return;
            }
            m_json->setPlainText(QString::fromUtf8(json));
            m_copy->setEnabled(true);
        });
}

} // namespace ScimDesk
