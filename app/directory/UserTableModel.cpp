#include "UserTableModel.h"

#include "common/Translations.h"
#include "scim/JsonView.h"

#include "csv/TableExport.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <numeric>
#include <utility>

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

// The record fields quick search looks in: every text column but the date.
constexpr auto SearchFields = [] {
    std::array<UserRecord::Field, UserTableModel::FixedColumnCount> fields {};
    qsizetype count = 0;
    for (const UserAttribute::Id id : ColumnAttributes) {
        if (id < UserAttribute::TextCount)
            fields[size_t(count++)] = UserRecord::Field(id);
    }
    return std::pair(fields, count);
}();

// How QString::toCaseFolded() folds each character of two bytes in UTF-8 (U+0080 to U+07FF:
// the accented Latin letters, Greek, Cyrillic, Hebrew, Arabic), as UTF-8: what most names
// that are not ASCII are written in. Asked of QString once, character by character.
class TwoByteFolds
{
public:
    TwoByteFolds()
    {
        for (char16_t c = 0x80; c < 0x800; ++c) {
            const QByteArray folded = QString(QChar(c)).toCaseFolded().toUtf8();
            Fold &fold = m_folds[c - 0x80];
            fold.size = folded.size() <= qsizetype(sizeof(fold.bytes)) ? quint8(folded.size()) : 0;
            std::memcpy(fold.bytes, folded.constData(), fold.size);
        }
    }
    // Appends the fold of the character at `pos` (two bytes: a lead from 0xC2 to 0xDF and a
    // continuation) to `to`; false when it has none here.
    bool append(const uchar *pos, char *&to) const
    {
        const Fold &fold = m_folds[((pos[0] & 0x1Fu) << 6 | (pos[1] & 0x3Fu)) - 0x80];
        std::memcpy(to, fold.bytes, sizeof(fold.bytes));
        to += fold.size;
        return fold.size > 0;
    }

private:
    struct Fold
    {
        char bytes[7];
        quint8 size; // 0: QString folds it into more
    };
    std::array<Fold, 0x800 - 0x80> m_folds {};
};

// Writes `text` (UTF-8) case-folded as QString::toCaseFolded() folds it to `to`, which has
// room for four times its size and 7 bytes more, and moves `to` past it: ASCII byte by byte,
// and characters of two bytes from a table. False when it holds others: QString folds those.
bool foldTo(QByteArrayView text, char *&to)
{
    static const TwoByteFolds twoByte;
    const auto *pos = reinterpret_cast<const uchar *>(text.data());
    const uchar *const end = pos + text.size();
    while (pos < end) {
        const uchar c = *pos;
        if (c < 0x80) {
            *to++ = char(uchar(c - 'A') < 26 ? c + ('a' - 'A') : c);
            ++pos;
        } else if (c >= 0xC2 && c <= 0xDF && end - pos >= 2 && (pos[1] & 0xC0) == 0x80
                   && twoByte.append(pos, to)) {
            pos += 2;
        } else {
            return false;
        }
    }
    return true;
}

// Appends what quick search looks in for `user`: its fields folded, one unit separator
// between them. All in one go when they are ASCII, as most are.
void appendSearchText(QByteArray &text, const UserRecord &user)
{
    const auto &[fields, count] = SearchFields;
    qsizetype size = count - 1;
    for (qsizetype i = 0; i < count; ++i)
        size += user.fieldView(fields[size_t(i)]).size();
    if (text.capacity() < text.size() + size) // grown as a list grows
        text.reserve(qMax(2 * text.capacity(), text.size() + size));
    const qsizetype start = text.size();
    text.resize(start + size);
    char *const out = text.data() + start;
    char *to = out;
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            *to++ = '\x1f';
        const QByteArrayView field = user.fieldView(fields[size_t(i)]);
        if (!field.isEmpty())
            std::memcpy(to, field.data(), size_t(field.size()));
        to += field.size();
    }
    uchar seen = 0;
    for (qsizetype i = 0; i < size; ++i) { // a loop the compiler runs 16 bytes at a time
        const uchar c = uchar(out[i]);
        seen |= c;
        out[i] = char(uchar(c - 'A') < 26 ? c + ('a' - 'A') : c);
    }
    if (seen < 0x80)
        return;
    // Not all ASCII: folded again, field by field; a character of two bytes folds to at most
    // 7, written 7 at a time.
    const qsizetype room = start + size * 4 + 7;
    if (text.capacity() < room)
        text.reserve(qMax(2 * text.capacity(), room));
    text.resize(room);
    to = text.data() + start;
    bool folded = true;
    for (qsizetype i = 0; i < count && folded; ++i) {
        if (i > 0)
            *to++ = '\x1f';
        folded = foldTo(user.fieldView(fields[size_t(i)]), to);
    }
    if (folded) {
        text.truncate(to - text.constData());
        return;
    }
    text.truncate(start);
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            text += '\x1f';
        text += QString::fromUtf8(user.fieldView(fields[size_t(i)])).toCaseFolded().toUtf8();
    }
}

} // namespace

UserTableModel::UserTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void UserTableModel::reset(const LicenceCatalog &licences, bool keepDeactivated)
{
    if (!keepDeactivated)
        m_departed.clear();
    for (qsizetype row = 0; keepDeactivated && row < m_store.size(); ++row) {
        if (!m_store.at(row).isActive())
            m_departed.insert(m_store.at(row).id(), m_store.at(row));
    }
    beginResetModel();
    m_store = UserStore(licences);
    m_searchText.clear();
    m_searchChunks.clear();
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
    page.searchEnds.reserve(size_t(resources.size()));
    for (const QJsonValue &value : resources) {
        page.users.push_back(UserRecord::fromResource(value.toObject(), licences));
        appendSearchText(page.searchText, page.users.back());
        page.searchEnds.push_back(quint32(page.searchText.size()));
    }
    page.searchText.squeeze();
    return page;
}

UserTableModel::PageConverter::PageConverter(std::shared_ptr<const UserRecord::Reader> reader)
    : m_reader(std::move(reader))
{
    m_page.users.reserve(1000); // the largest page most services serve
    m_page.searchEnds.reserve(1000);
    m_page.idHashes.reserve(1000);
    m_page.searchText.reserve(1000 * 128); // about what a thousand users need; take() trims
}

void UserTableModel::PageConverter::addPicked(QByteArrayView resource, const JsonPick *picks,
                                              const IdKey &id)
{
    m_page.users.push_back(m_reader->read(resource, picks, &m_arena));
    // The record's id is the one the key was made of (the last member "id", decoded), and a
    // record without one is never looked up.
    Q_ASSERT(m_page.users.back().fieldView(UserRecord::Id).isEmpty()
             || quint32(id.high)
                 == UserStore::hashOf(m_page.users.back().fieldView(UserRecord::Id)));
    m_page.idHashes.push_back(quint32(id.high));
    appendSearchText(m_page.searchText, m_page.users.back());
    m_page.searchEnds.push_back(quint32(m_page.searchText.size()));
}

void UserTableModel::PageConverter::keepOnly(const QList<bool> &keep)
{
    Q_ASSERT(size_t(keep.size()) == m_page.users.size());
    Page kept;
    quint32 start = 0;
    for (size_t i = 0; i < m_page.users.size(); ++i) {
        const quint32 end = m_page.searchEnds[i];
        if (keep.at(qsizetype(i))) {
            kept.users.push_back(std::move(m_page.users[i]));
            kept.idHashes.push_back(m_page.idHashes[i]);
            kept.searchText += QByteArrayView(m_page.searchText).sliced(start, end - start);
            kept.searchEnds.push_back(quint32(kept.searchText.size()));
        }
        start = end;
    }
    m_page = std::move(kept);
}

UserTableModel::Page UserTableModel::PageConverter::take()
{
    m_page.searchText.squeeze();
    m_arena = {}; // the records hand their blocks on with them; nothing writes to these again
    return std::exchange(m_page, {});
}

void UserTableModel::addPage(const QJsonArray &resources)
{
    addPage(convert(resources, m_store.licences()));
}

void UserTableModel::addPage(Page page)
{
    // Updates of rows we already have first, then one insertion for the new ones.
    m_ranks.clear();
    const quint32 chunk = quint32(m_searchChunks.size());
    m_searchChunks.push_back(std::move(page.searchText));
    const auto searchSpan = [&page, chunk](size_t i) {
        const quint32 start = i == 0 ? 0 : page.searchEnds[i - 1];
        return SearchSpan {chunk, start, page.searchEnds[i] - start};
    };
    const size_t users = page.users.size();
    std::vector<quint32> hashes = std::move(page.idHashes);
    if (hashes.size() != users) {
        hashes.resize(users);
        for (size_t i = 0; i < users; ++i)
            hashes[i] = UserStore::hashOf(page.users[i].fieldView(UserRecord::Id));
    }
    // The page's new users, each id once (a second time in this page: the first stands), told
    // apart by a small table of their indexes here: the records' own ids stay where they are.
    std::vector<qsizetype> fresh;
    fresh.reserve(users);
    std::vector<qint32> freshSlots(std::bit_ceil(2 * users + 1), -1);
    const size_t freshMask = freshSlots.size() - 1;
    const auto firstOnPage = [&](size_t i) {
        const QByteArrayView id = page.users[i].fieldView(UserRecord::Id);
        for (size_t slot = hashes[i] & freshMask;; slot = (slot + 1) & freshMask) {
            qint32 &index = freshSlots[slot];
            if (index < 0) {
                index = qint32(i);
                return true;
            }
            if (hashes[size_t(index)] == hashes[i]
                && page.users[size_t(index)].fieldView(UserRecord::Id) == id)
                return false;
        }
    };
    constexpr size_t Ahead = 8; // look-ups the index's memory is asked for ahead
    for (size_t i = 0; i < qMin(Ahead, users); ++i)
        m_store.prefetch(hashes[i]);
    for (size_t i = 0; i < users; ++i) {
        if (i + Ahead < users)
            m_store.prefetch(hashes[i + Ahead]);
        UserRecord &user = page.users[i];
        const QByteArrayView id = user.fieldView(UserRecord::Id);
        if (id.isEmpty())
            continue;
        const qsizetype row = m_store.rowOf(id, hashes[i]);
        if (row < 0) {
            if (firstOnPage(i))
                fresh.push_back(qsizetype(i));
            continue;
        }
        count(m_store.at(row), -1);
        m_store.put(std::move(user), hashes[i]);
        count(m_store.at(row), +1);
        m_searchText[row] = searchSpan(i);
        // Only while sorted: begin() on the empty hash would allocate it, then scan its buckets
        // for every user.
        if (!m_sortKeys.isEmpty()) {
            for (auto it = m_sortKeys.begin(); it != m_sortKeys.end(); ++it)
                it.value()[row] = sortKey(m_store.at(row), it.key());
        }
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
            m_searchText.append(searchSpan(size_t(i)));
            // Keep the sort keys of columns already sorted on: a sorted view inserts every page.
            if (!m_sortKeys.isEmpty()) {
                for (auto it = m_sortKeys.begin(); it != m_sortKeys.end(); ++it)
                    it.value().append(sortKey(user, it.key()));
            }
            m_store.put(std::move(user), hashes[size_t(i)]);
        }
        endInsertRows();
    }
    Q_EMIT licenceCountsChanged();
}

const UserRecord *UserTableModel::departed(const QString &id) const
{
    if (m_store.rowOf(id) >= 0)
        return nullptr; // listed again
    const auto it = m_departed.constFind(id);
    return it == m_departed.cend() ? nullptr : &*it;
}

void UserTableModel::addDeparted(const QJsonArray &resources)
{
    for (const QJsonValue &value : resources) {
        UserRecord user = UserRecord::fromResource(value.toObject(), m_store.licences());
        if (!user.id().isEmpty() && m_store.rowOf(user.id()) < 0)
            m_departed.insert(user.id(), std::move(user));
    }
    Q_EMIT departedChanged();
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

QVariant UserTableModel::shown(const UserRecord &user, int column) const
{
    if (column == ActiveColumn)
        return user.isActive() ? tr("Active") : tr("Deactivated");
    if (column == GroupsColumn)
        return user.groupCount();
    if (column >= FixedColumnCount)
        return user.hasLicence(column - FixedColumnCount) ? QStringLiteral("\u2713") : QString();
    if (column == LastModifiedColumn)
        return displayTime(user.field(UserRecord::LastModified));
    return user.field(textField(column));
}

QVariant UserTableModel::pendingValue(const UserRecord &user, int column) const
{
    if (m_pending.isEmpty())
        return {};
    const auto edit = m_pending.constFind(user.id());
    if (edit == m_pending.cend())
        return {};
    if (column == ActiveColumn) {
        if (edit->deleted)
            return tr("Deleted");
        if (edit->active && *edit->active != user.isActive())
            return *edit->active ? tr("Active") : tr("Deactivated");
        return {};
    }
    if (column >= FixedColumnCount) {
        const int licence = column - FixedColumnCount;
        const auto held = edit->licences.constFind(m_store.licences().names.value(licence));
        if (held == edit->licences.cend() || *held == user.hasLicence(licence))
            return {};
        return *held ? QStringLiteral("\u2713") : QStringLiteral("\u2717");
    }
    const auto value = edit->values.constFind(columnKey(column));
    if (value == edit->values.cend() || *value == user.field(textField(column)))
        return {};
    return *value;
}

void UserTableModel::setPending(QHash<QString, PendingEdit> byUserId)
{
    if (byUserId == m_pending)
        return;
    QList<qsizetype> rows;
    const auto differs
        = [&](const QHash<QString, PendingEdit> &one, const QHash<QString, PendingEdit> &other) {
              for (auto it = one.cbegin(); it != one.cend(); ++it) {
                  const auto there = other.constFind(it.key());
                  if (there == other.cend() || *there != it.value())
                      rows.append(m_store.rowOf(it.key()));
              }
          };
    differs(byUserId, m_pending);
    differs(m_pending, byUserId);
    m_pending = std::move(byUserId);
    const QList<int> roles {Qt::DisplayRole, Qt::ToolTipRole, PendingRole};
    if (rows.size() > 500) { // one signal rather than thousands
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), roles);
        return;
    }
    for (const qsizetype row : std::as_const(rows)) {
        if (row >= 0)
            Q_EMIT dataChanged(index(int(row), 0), index(int(row), columnCount() - 1), roles);
    }
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserRecord &user = m_store.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant now = shown(user, column);
        const QVariant next = pendingValue(user, column);
        if (!next.isValid())
            return now;
        if (column == ActiveColumn) // the status says what it becomes; the tooltip, all of it
            return tr("\u2192 %1").arg(next.toString());
        const QString was = now.toString().isEmpty() && column >= FixedColumnCount
            ? QStringLiteral("\u2717")
            : now.toString();
        return tr("%1 \u2192 %2").arg(was, next.toString());
    }
    case PendingRole:
        return pendingValue(user, column).isValid();
    case Qt::ToolTipRole:
        if (const auto edit = m_pending.constFind(user.id()); edit != m_pending.cend())
            return tr("Pending (not sent yet): %1").arg(edit->changes.join(QStringLiteral("; ")));
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
        return shown(user, column); // what the service holds, not what is pending
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
    // A row's header is what names it, as a screen reader announces it with each cell.
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0
        && section < rowCount())
        return index(section, UserNameColumn).data();
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
    names.insert(PendingRole, "pending");
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
        if (!m_sortKeys.isEmpty()) {
            for (auto it = m_sortKeys.begin(); it != m_sortKeys.end(); ++it)
                it.value().removeAt(row);
        }
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
