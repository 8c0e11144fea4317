#include "ImportRowParser.h"

#include "directory/GroupModels.h"
#include "scim/UserAttributes.h"

#include <algorithm>

namespace ScimDesk {

namespace {

constexpr qsizetype MaxValueLength = 1024;

// ^[^@\s]+@[^@\s]+\.[^@\s]+$ (\s: ASCII white space), read without a regular expression: it
// is asked of every row of a large file, some twice.
bool looksLikeEmail(const QString &value)
{
    const auto space = [](QChar c) {
        return c == u' ' || (c >= u'\t' && c <= u'\r');
    };
    const qsizetype at = value.indexOf(u'@');
    if (at <= 0 || value.indexOf(u'@', at + 1) >= 0
        || std::any_of(value.cbegin(), value.cend(), space))
        return false;
    // A dot in the domain with something before and after it.
    const QStringView domain = QStringView(value).sliced(at + 1);
    return domain.size() >= 3 && domain.sliced(1, domain.size() - 2).contains(u'.');
}

// Where a cell holds a control character (C0 but for tab and line ends, DEL, C1), or -1. NUL and
// the like never belong in a name or an address; tab and line ends may, in an address.
qsizetype firstControlCharacter(const QString &cell)
{
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const char16_t c = cell.at(i).unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7F && c < 0xA0))
            return i;
    }
    return -1;
}

} // namespace

ImportPlanner::RowParser::RowParser(const ConnectionProfile &profile,
                                    const ServiceCapabilities &capabilities, const CsvTable &table,
                                    const ImportMapping &mapping, MatchKey match,
                                    const QList<GroupRecord> *groups)
    : m_profile(profile)
    , m_capabilities(capabilities)
    , m_header(table.header)
    , m_mapping(mapping)
    , m_keyColumn(mapping.keyColumn(match))
    , m_keyName(UserAttributes::matchName(match))
    , m_licencePrefix(capabilities.licenceSchema + QStringLiteral(":productLicenses."))
    , m_checkGroups(groups != nullptr)
{
    if (groups) {
        for (const GroupRecord &group : *groups) {
            m_groupByName.insert(group.displayName.toCaseFolded(), group.id);
            m_groupNames.insert(group.displayName);
        }
    }
}

ImportPlanner::ParsedRow ImportPlanner::RowParser::parse(const CsvTable::Row &source) const
{
    ParsedRow row;
    row.number = source.number;
    for (int column = 0; column < m_mapping.attributes.size() && column < source.cells.size();
         ++column) {
        const QString &attribute = m_mapping.attributes.at(column);
        const QString cell = source.cells.at(column).trimmed();
        if (attribute.isEmpty() || cell.isEmpty())
            continue; // an empty cell leaves the attribute as it is
        if (cell.size() > MaxValueLength)
            row.errors.append(tr("%1 is longer than %2 characters.")
                                  .arg(m_header.value(column))
                                  .arg(MaxValueLength));
        else if (const qsizetype at = firstControlCharacter(cell); at >= 0)
            row.errors.append(tr("%1 holds an invisible control character (U+%2) at "
                                 "position %3, which would be sent as part of the value. "
                                 "Fix the cell in the file, or exclude the row.")
                                  .arg(m_header.value(column))
                                  .arg(QString::number(cell.at(at).unicode(), 16)
                                           .toUpper()
                                           .rightJustified(4, u'0'))
                                  .arg(at + 1));
        else
            readCell(row, m_header.value(column), attribute, cell);
    }
    checkIdentity(row, source);
    return row;
}

void ImportPlanner::RowParser::readCell(ParsedRow &row, const QString &header,
                                        const QString &attribute, const QString &cell) const
{
    bool understood = true;
    if (attribute.startsWith(m_licencePrefix) && !m_capabilities.licenceSchema.isEmpty()) {
        const auto flag = parseFlag(cell, &understood);
        const int index
            = int(m_capabilities.licenceNames.indexOf(attribute.mid(m_licencePrefix.size())));
        if (!understood)
            row.errors.append(tr("%1 \"%2\" is not understood: use yes or no (also "
                                 "true/false, 1/0, x or empty).")
                                  .arg(header, cell));
        else if (const QString why = licenceGroupProblem(header, attribute); !why.isEmpty())
            row.errors.append(why);
        else if (flag && index >= 0)
            row.licences.append({index, *flag});
    } else if (attribute == UserAttributes::get(UserAttribute::Active).path) {
        row.active = parseFlag(cell, &understood);
        if (!understood)
            row.errors.append(tr("%1 \"%2\" is not understood: use yes or no.").arg(header, cell));
    } else if (attribute == UserAttributes::get(UserAttribute::Groups).path) {
        readGroups(row, cell);
    } else {
        row.values.append({attribute, cell});
    }
}

QString ImportPlanner::RowParser::licenceGroupProblem(const QString &header,
                                                      const QString &attribute) const
{
    if (!m_profile.licencesByGroup())
        return {};
    const QString licence = attribute.mid(m_licencePrefix.size());
    const QString group = m_profile.licenceGroups.value(licence);
    if (group.isEmpty())
        return tr("%1: the connection gives licences by group, and no group grants %2. Name "
                  "one in Connection settings or with 'scimdesk-cli connection set "
                  "--licence-group', or leave the column out.")
            .arg(header, licence);
    if (m_checkGroups && !m_groupNames.contains(group))
        return tr("%1: the group \"%2\" that grants %3 is not on the service. Check its "
                  "name in the service and in the connection's licence groups.")
            .arg(header, group, licence);
    return {};
}

void ImportPlanner::RowParser::readGroups(ParsedRow &row, const QString &cell) const
{
    QStringList unknown;
    for (const QString &part : cell.split(u';', Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        const auto id = m_groupByName.constFind(name.toCaseFolded());
        if (id != m_groupByName.cend())
            row.groupIds.append(*id);
        else if (m_checkGroups)
            unknown.append(name);
    }
    if (!unknown.isEmpty())
        row.errors.append(tr("unknown group(s): %1. Check the spelling, or create the group first.",
                             nullptr, int(unknown.size()))
                              .arg(unknown.join(QStringLiteral(", "))));
}

void ImportPlanner::RowParser::checkIdentity(ParsedRow &row, const CsvTable::Row &source) const
{
    const int emailColumn = m_mapping.columnOf(UserAttribute::Email);
    const QString email = emailColumn >= 0 ? source.cells.value(emailColumn).trimmed() : QString();
    if (!email.isEmpty() && !looksLikeEmail(email))
        row.errors.append(tr("\"%1\" is not a valid email address.").arg(email));
    const int userNameColumn = m_mapping.userNameColumn();
    row.userName = userNameColumn >= 0 ? source.cells.value(userNameColumn).trimmed() : QString();
    if (m_mapping.userNameFromEmail() && !row.userName.isEmpty()) {
        row.values.append({UserAttributes::get(UserAttribute::UserName).path, row.userName});
    } else if (userNameColumn >= 0 && row.userName.contains(u'@')
               && !looksLikeEmail(row.userName)) {
        row.errors.append(tr("userName \"%1\" looks like an email address but is not a valid one.")
                              .arg(row.userName));
    }
    row.key = m_keyColumn >= 0 ? source.cells.value(m_keyColumn).trimmed() : QString();
    if (row.key.isEmpty())
        row.errors.append(
            tr("no %1, the matching key: fill it in or exclude the row.").arg(m_keyName));
}

} // namespace ScimDesk
