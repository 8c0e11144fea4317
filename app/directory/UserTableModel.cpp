#include "UserTableModel.h"

#include "scim/JsonView.h"

#include "csv/TableExport.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace ScimDesk {

static_assert(int(UserTableModel::ExportRole) == TableExport::ExportRole);

namespace {

// The catalogue attribute each fixed column shows (Last modified is the record's own).
constexpr UserAttribute::Id ColumnAttributes[UserTableModel::FixedColumnCount] = {
    UserAttribute::UserName,   UserAttribute::DisplayName, UserAttribute::GivenName,
    UserAttribute::FamilyName, UserAttribute::Email,       UserAttribute::Active,
    UserAttribute::Groups,     UserAttribute::ExternalId,  UserAttribute::Department,
    UserAttribute::Count,
};

const UserAttribute *attributeOf(int column)
{
    if (column < 0 || column >= UserTableModel::FixedColumnCount
        || column == UserTableModel::LastModifiedColumn)
        return nullptr;
    return &UserAttributes::get(ColumnAttributes[column]);
}

UserRecord::Field textField(int column)
{
    if (column == UserTableModel::LastModifiedColumn)
        return UserRecord::LastModified; // ISO 8601 sorts as text
    const UserAttribute *attribute = attributeOf(column);
    return attribute && attribute->isText() ? UserRecord::Field(attribute->id)
                                            : UserRecord::FieldCount;
}

// Quick search looks in every text column but the date.
QString buildSearchText(const UserRecord &user)
{
    // Straight from the record's UTF-8 into one string: a load builds one for every user.
    QString text;
    text.reserve(128);
    bool first = true;
    for (int column = 0; column < UserTableModel::FixedColumnCount; ++column) {
        if (const UserAttribute *attribute = attributeOf(column);
            attribute && attribute->isText()) {
            if (!first)
                text += u'\x1f';
            first = false;
            const QByteArrayView field = user.fieldView(UserRecord::Field(attribute->id));
            text += QString::fromUtf8(field);
        }
    }
    return std::move(text).toCaseFolded();
}

} // namespace

UserTableModel::UserTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void UserTableModel::reset(const LicenceCatalog &licences)
{
    beginResetModel();
    m_store = UserStore(licences);
    m_searchText.clear();
    m_sortKeys.clear();
    m_ranks.clear();
    m_activeLicenceCounts = QList<qint64>(licences.names.size(), 0);
    m_activeCount = 0;
    endResetModel();
    Q_EMIT licenceCountsChanged();
}

void UserTableModel::count(const UserRecord &user, int sign)
{
    if (!user.isActive())
        return;
    m_activeCount += sign;
    for (int i = 0; i < m_activeLicenceCounts.size(); ++i) {
        if (user.hasLicence(i))
            m_activeLicenceCounts[i] += sign;
    }
}

UserTableModel::Page UserTableModel::convert(const QJsonArray &resources,
                                             const LicenceCatalog &licences)
{
    Page page;
    page.users.reserve(size_t(resources.size()));
    page.searchText.reserve(resources.size());
    for (const QJsonValue &value : resources) {
        page.users.push_back(UserRecord::fromResource(value.toObject(), licences));
        page.searchText.append(buildSearchText(page.users.back()));
    }
    return page;
}

UserTableModel::Page UserTableModel::convert(const ListPage &resources,
                                             const LicenceCatalog &licences)
{
    Page page;
    page.users.reserve(size_t(resources.size()));
    page.searchText.reserve(resources.size());
    for (qsizetype i = 0; i < resources.size(); ++i) {
        const QByteArrayView raw = resources.raw(i);
        const JsonIndex index(raw);
        page.users.push_back(UserRecord::fromResource(index.root(), licences));
        page.searchText.append(buildSearchText(page.users.back()));
    }
    return page;
}

void UserTableModel::addPage(const QJsonArray &resources)
{
    addPage(convert(resources, m_store.licences()));
}

void UserTableModel::addPage(Page page)
{
    // Updates of rows we already have first, then one insertion for the new ones.
    m_ranks.clear();
    std::vector<qsizetype> fresh;
    fresh.reserve(page.users.size());
    QSet<QString> freshIds;
    for (size_t i = 0; i < page.users.size(); ++i) {
        UserRecord &user = page.users[i];
        const QString id = user.id();
        if (id.isEmpty() || freshIds.contains(id))
            continue;
        const qsizetype row = m_store.rowOf(id);
        if (row < 0) {
            freshIds.insert(id);
            fresh.push_back(qsizetype(i));
            continue;
        }
        count(m_store.at(row), -1);
        m_store.put(std::move(user));
        count(m_store.at(row), +1);
        m_searchText[row] = page.searchText.at(qsizetype(i));
        for (auto it = m_sortKeys.begin(); it != m_sortKeys.end(); ++it)
            it.value()[row] = sortKey(m_store.at(row), it.key());
        Q_EMIT dataChanged(index(int(row), 0), index(int(row), columnCount() - 1));
    }
    if (!fresh.empty()) {
        const int first = int(m_store.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        // Grown as a list grows: an exact reserve on every page would copy all rows each time.
        if (m_searchText.capacity() < first + qsizetype(fresh.size()))
            m_searchText.reserve(
                qMax(2 * m_searchText.capacity(), first + qsizetype(fresh.size())));
        for (const qsizetype i : fresh) {
            UserRecord &user = page.users[size_t(i)];
            count(user, +1);
            m_searchText.append(page.searchText.at(i));
            // Keep the sort keys of columns already sorted on: a sorted view inserts every page.
            for (auto it = m_sortKeys.begin(); it != m_sortKeys.end(); ++it)
                it.value().append(sortKey(user, it.key()));
            m_store.put(std::move(user));
        }
        endInsertRows();
    }
    Q_EMIT licenceCountsChanged();
}

QString UserTableModel::columnKey(int column) const
{
    if (column == LastModifiedColumn)
        return QStringLiteral("lastModified");
    if (const UserAttribute *attribute = attributeOf(column))
        return attribute->key;
    const int licence = column - FixedColumnCount;
    if (licence >= 0 && licence < m_store.licences().names.size())
        return QStringLiteral("licence:") + m_store.licences().names.at(licence);
    return {};
}

int UserTableModel::columnForKey(const QString &key) const
{
    for (int column = 0; column < columnCount(); ++column) {
        if (columnKey(column) == key)
            return column;
    }
    return -1;
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumnCount + int(m_store.licences().names.size());
}

QVariant UserTableModel::sortValue(const UserRecord &user, int column) const
{
    if (column == ActiveColumn)
        return user.isActive();
    if (column == GroupsColumn)
        return user.groupCount();
    if (column >= FixedColumnCount)
        return user.hasLicence(column - FixedColumnCount);
    return user.field(textField(column));
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserRecord &user = m_store.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == ActiveColumn)
            return user.isActive() ? tr("Active") : tr("Deactivated");
        if (column == GroupsColumn)
            return user.groupCount();
        if (column >= FixedColumnCount)
            return user.hasLicence(column - FixedColumnCount) ? QStringLiteral("\u2713")
                                                              : QString();
        if (column == LastModifiedColumn) {
            const QDateTime when
                = QDateTime::fromString(user.field(UserRecord::LastModified), Qt::ISODateWithMs);
            return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                  : user.field(UserRecord::LastModified);
        }
        return user.field(textField(column));
    case Qt::ToolTipRole:
        if (column >= FixedColumnCount)
            return user.hasLicence(column - FixedColumnCount)
                ? tr("Holds %1").arg(m_store.licences().names.at(column - FixedColumnCount))
                : tr("No %1 licence").arg(m_store.licences().names.at(column - FixedColumnCount));
        return {};
    case Qt::TextAlignmentRole:
        if (column == GroupsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (column >= FixedColumnCount)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    case SortRole:
        return sortValue(user, column);
    case ExportRole:
        if (column >= FixedColumnCount)
            return user.hasLicence(column - FixedColumnCount) ? QStringLiteral("yes")
                                                              : QStringLiteral("no");
        if (column == ActiveColumn)
            return user.isActive() ? QStringLiteral("true") : QStringLiteral("false");
        if (column == LastModifiedColumn)
            return user.field(UserRecord::LastModified);
        return data(index, Qt::DisplayRole);
    case IdRole:
        return user.id();
    case UserNameRole:
        return user.userName();
    case ActiveRole:
        return user.isActive();
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == ActiveColumn)
        return tr("Status"); // the column says "Active" or "Deactivated"
    if (section == LastModifiedColumn)
        return tr("Last modified");
    if (const UserAttribute *attribute = attributeOf(section))
        return attribute->title();
    const int licence = section - FixedColumnCount;
    if (licence >= 0 && licence < m_store.licences().names.size())
        return m_store.licences().names.at(licence);
    return {};
}

QHash<int, QByteArray> UserTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sort");
    names.insert(IdRole, "id");
    names.insert(UserNameRole, "userName");
    names.insert(ActiveRole, "active");
    return names;
}

bool UserTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_canFetch && m_fetcher;
}

void UserTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent)) {
        m_canFetch = false;
        m_fetcher();
    }
}

QString UserTableModel::sortKey(const UserRecord &user, int column)
{
    // Case-folded once, so comparisons are plain (fast) UTF-16 comparisons.
    return user.field(textField(column)).toCaseFolded();
}

const QVector<QString> &UserTableModel::sortKeys(int column) const
{
    auto it = m_sortKeys.find(column);
    if (it == m_sortKeys.end()) {
        QVector<QString> keys;
        keys.reserve(m_store.size());
        for (qsizetype row = 0; row < m_store.size(); ++row)
            keys.append(sortKey(m_store.at(row), column));
        it = m_sortKeys.insert(column, std::move(keys));
    }
    return *it;
}

void UserTableModel::removeUsers(const QSet<QString> &ids)
{
    QList<qsizetype> rows;
    for (const QString &id : ids) {
        if (const qsizetype row = m_store.rowOf(id); row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    // Each removal re-indexes the store: row by row (exact for views and their selection) for
    // a few, one reset for many.
    const bool reset = rows.size() > 20;
    if (reset)
        beginResetModel();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const qsizetype row : std::as_const(rows)) {
        if (!reset)
            beginRemoveRows({}, int(row), int(row));
        count(m_store.at(row), -1);
        m_searchText.removeAt(row);
        for (auto it = m_sortKeys.begin(); it != m_sortKeys.end(); ++it)
            it.value().removeAt(row);
        if (!reset) {
            m_store.remove({m_store.at(row).id()});
            m_ranks.clear();
            endRemoveRows();
        }
    }
    if (reset) {
        m_store.remove(ids);
        m_ranks.clear();
        endResetModel();
    }
    Q_EMIT licenceCountsChanged();
}

int UserTableModel::compareRows(int left, int right, int column) const
{
    const UserRecord &a = m_store.at(left);
    const UserRecord &b = m_store.at(right);
    if (column == ActiveColumn)
        return int(a.isActive()) - int(b.isActive());
    if (column == GroupsColumn)
        return a.groupCount() - b.groupCount();
    if (column >= FixedColumnCount) {
        const int licence = column - FixedColumnCount;
        return int(a.hasLicence(licence)) - int(b.hasLicence(licence));
    }
    const auto ranks = m_ranks.constFind(column);
    if (ranks != m_ranks.cend())
        return ranks->at(left) - ranks->at(right);
    const QVector<QString> &keys = sortKeys(column);
    return keys.at(left).compare(keys.at(right));
}

void UserTableModel::prepareSort(int column) const
{
    if (column == ActiveColumn || column == GroupsColumn || column >= FixedColumnCount || column < 0
        || m_ranks.contains(column))
        return;
    const QVector<QString> &keys = sortKeys(column);
    std::vector<int> order(size_t(keys.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&keys](int a, int b) { return keys.at(a).compare(keys.at(b)) < 0; });
    QVector<int> ranks(keys.size());
    int rank = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && keys.at(order[i]) != keys.at(order[i - 1]))
            ++rank;
        ranks[order[i]] = rank;
    }
    m_ranks.insert(column, std::move(ranks));
}

} // namespace ScimDesk
