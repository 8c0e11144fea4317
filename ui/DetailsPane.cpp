#include "DetailsPane.h"

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
    , m_form(new QFormLayout)
    , m_licences(new QLabel(this))
    , m_groups(new QLabel(this))
    , m_json(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("Copy JSON"), this))
{
    setObjectName(QStringLiteral("detailsPane"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    auto *attributes = new QGroupBox(tr("Attributes"), this);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    attributes->setLayout(m_form);
    for (const Row &row : Rows) {
        auto *value = new QLabel(attributes);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setTextFormat(Qt::PlainText);
        // Long user names clip instead of wrapping at dots or widening the pane.
        value->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        value->setMinimumWidth(1);
        value->setAccessibleName(tr(row.label));
        m_form->addRow(tr(row.label) + u':', value);
    }

    auto *licences = new QGroupBox(tr("Licences"), this);
    (new QVBoxLayout(licences))->addWidget(m_licences);
    m_licences->setWordWrap(true);
    m_licences->setAccessibleName(tr("Licences"));
    auto *groups = new QGroupBox(tr("Groups"), this);
    (new QVBoxLayout(groups))->addWidget(m_groups);
    m_groups->setWordWrap(true);
    m_groups->setAccessibleName(tr("Group memberships"));

    auto *raw = new QGroupBox(tr("Raw SCIM JSON (as the service returns it now)"), this);
    auto *rawLayout = new QVBoxLayout(raw);
    m_json->setReadOnly(true);
    m_json->setObjectName(QStringLiteral("rawJson"));
    m_json->setAccessibleName(tr("Raw SCIM JSON"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    rawLayout->addWidget(m_json, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    rawLayout->addLayout(buttons);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_json->toPlainText()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(attributes);
    layout->addWidget(licences);
    layout->addWidget(groups);
    layout->addWidget(raw, 1);
    m_fetchTimer.setSingleShot(true);
    m_fetchTimer.setInterval(200);
    connect(&m_fetchTimer, &QTimer::timeout, this, &DetailsPane::fetchJson);
    clear();
}

void DetailsPane::clear()
{
    m_title->setText(tr("Select a user to see the details."));
    for (int i = 0; i < m_form->rowCount(); ++i) {
        if (auto *label
            = qobject_cast<QLabel *>(m_form->itemAt(i, QFormLayout::FieldRole)->widget()))
            label->clear();
    }
    m_licences->clear();
    m_groups->clear();
    m_json->clear();
    m_copy->setEnabled(false);
}

QString DetailsPane::rawJson() const
{
    return m_json->toPlainText();
}

void DetailsPane::showUser(const QString &id)
{
    ++m_generation;
    m_id = id;
    const qsizetype row = id.isEmpty() ? -1 : m_directory->users()->store().rowOf(id);
    if (row < 0) {
        clear();
        return;
    }
    const UserRecord &user = m_directory->users()->store().at(row);
    const QString name = user.field(UserRecord::DisplayName);
    m_title->setText(user.isActive()
                         ? (name.isEmpty() ? user.userName() : name)
                         : tr("%1 (deactivated)").arg(name.isEmpty() ? user.userName() : name));
    for (int i = 0; i < m_form->rowCount() && i < int(std::size(Rows)); ++i) {
        if (auto *label
            = qobject_cast<QLabel *>(m_form->itemAt(i, QFormLayout::FieldRole)->widget())) {
            label->setText(user.field(Rows[i].field));
            label->setToolTip(label->text());
        }
    }

    QStringList held;
    const QStringList names = m_directory->users()->store().licences().names;
    for (int i = 0; i < names.size(); ++i) {
        if (user.hasLicence(i))
            held.append(names.at(i));
    }
    m_licences->setText(names.isEmpty()      ? tr("This service does not describe licences.")
                            : held.isEmpty() ? tr("No licences")
                                             : held.join(u", "));
    const QStringList groups = m_directory->groups()->groupsOf(id);
    m_groups->setText(groups.isEmpty() ? tr("Not a member of any loaded group")
                                       : groups.join(u", "));

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
