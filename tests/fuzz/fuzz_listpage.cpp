// libFuzzer target for the list page reader, whose raw form passes a service's bytes on as they
// came: any bytes must give a page or an error, never a crash, a hang or undefined behaviour;
// what the strict reader accepts QJsonDocument must accept too, with the same resources, and the
// index built in the same pass must read every resource as QJsonDocument does, and so must each
// view a converter gets while the page is read; the values a converter's paths pick out must be
// those the index finds at the same paths, and a user's record made from them the record made
// from a QJsonObject.
//
//   tests/fuzz/run-fuzz.sh SOURCE_DIR BUILD_DIR SECONDS fuzz_listpage

#include "directory/UserRecord.h"
#include "scim/JsonPick.h"
#include "scim/JsonText.h"
#include "scim/JsonView.h"
#include "scim/ListPage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace ScimDesk;

namespace {

void fail(int line)
{
    std::fprintf(stderr, "fuzz_listpage: the check on line %d failed\n", line);
    std::abort();
}
#define check(condition) ((condition) ? void() : fail(__LINE__))

// The view reads as the value does.
void same(const JsonView &view, const QJsonValue &value, int depth = 0)
{
    if (depth > 64)
        return;
    if (value.isObject()) {
        check(view.isObject());
        const QJsonObject object = value.toObject();
        // QJsonObject sorts its keys: compare by key.
        for (auto it = view.begin(); it != view.end(); ++it)
            check(object.contains(it.key()));
        if (view.size() != object.size())
            return; // a key written twice: which one a reader takes is not the point here
        for (auto it = object.begin(); it != object.end(); ++it)
            same(view.value(it.key()), it.value(), depth + 1);
    } else if (value.isArray()) {
        check(view.isArray());
        const QJsonArray array = value.toArray();
        check(view.size() == array.size());
        for (qsizetype i = 0; i < array.size(); ++i)
            same(view.at(i), array.at(i), depth + 1);
    } else if (value.isString()) {
        check(view.isString());
        check(view.toString() == value.toString());
        check(view.toUtf8() == value.toString().toUtf8());
    } else if (value.isBool()) {
        check(view.toBool(!value.toBool()) == value.toBool());
    } else {
        check(!view.isUndefined() && !view.isString() && !view.isObject() && !view.isArray());
    }
}

// The view as a value, so that it can be kept: strings, booleans, and every other scalar as null.
QJsonValue valueOf(const JsonView &view, int depth = 0)
{
    if (depth > 64)
        return {};
    if (view.isObject()) {
        QJsonObject object;
        for (auto it = view.begin(); it != view.end(); ++it)
            object.insert(it.key(), valueOf(it.value(), depth + 1));
        return object;
    }
    if (view.isArray()) {
        QJsonArray array;
        for (qsizetype i = 0; i < view.size(); ++i)
            array.append(valueOf(view.at(i), depth + 1));
        return array;
    }
    if (view.isString())
        return view.toString();
    if (view.toBool(false) == view.toBool(true))
        return view.toBool();
    return QJsonValue::Null;
}

// What a converter keeps of what it was given when the page keeps only `keep`.
QJsonArray kept(const QJsonArray &seen, const QList<bool> &keep)
{
    check(keep.size() == seen.size());
    QJsonArray left;
    for (qsizetype i = 0; i < keep.size(); ++i) {
        if (keep.at(i))
            left.append(seen.at(i));
    }
    return left;
}

// What a converter is given, kept while it is valid.
class Keeper final : public ListPage::Converter
{
public:
    void add(const JsonView &resource) override { seen.append(valueOf(resource)); }
    void keepOnly(const QList<bool> &keep) override { seen = kept(seen, keep); }
    QJsonArray seen;
};

// Paths a converter has picked: those a user's record reads, and short ones a fuzzer finds.
const std::vector<std::vector<QByteArrayView>> &pickedPaths()
{
    static const std::vector<std::vector<QByteArrayView>> paths {
        {"id"},
        {"a"},
        {"a", "b"},
        {"a", "b", "c"},
        {"a", "c"},
        {"b"},
        {"emails"},
        {"meta", "version"},
        {"meta", "lastModified"},
        {"name", "givenName"},
        {"urn:ietf:params:scim:schemas:extension:lucid:2.0:User", "productLicenses"},
        {"urn:ietf:params:scim:schemas:extension:lucid:2.0:User", "productLicenses", "Lucidchart"},
    };
    return paths;
}

// What a converter picks, kept as values.
class Picker final : public ListPage::Converter
{
public:
    Picker()
    {
        for (const auto &path : pickedPaths()) {
            const int slot = path.size() == 1 ? m_paths.add({path[0]})
                : path.size() == 2            ? m_paths.add({path[0], path[1]})
                                              : m_paths.add({path[0], path[1], path[2]});
            m_slots.push_back(slot);
        }
        m_elements = m_paths.addElements({"a"}, {"b", "c"}, 2);
    }
    const JsonPaths *paths() const override { return &m_paths; }
    void addPicked(QByteArrayView resource, const JsonPick *picks, const IdKey &) override
    {
        QJsonArray values;
        for (const int slot : m_slots)
            values.append(valueOf(picks[slot]));
        for (int i = 0; i < 4; ++i) // a's first two elements' b and c
            values.append(valueOf(picks[m_elements + i]));
        seen.append(values);
        // What is given is the resource: JSON, as the page holds it.
        QJsonParseError error;
        QJsonDocument::fromJson('[' + resource.toByteArray() + ']', &error);
        check(error.error == QJsonParseError::NoError);
    }
    void keepOnly(const QList<bool> &keep) override { seen = kept(seen, keep); }
    QJsonArray seen; // each resource's picks, in pickedPaths() order

private:
    // A pick as valueOf() writes a view; undefined as the string "undefined".
    static QJsonValue valueOf(const JsonPick &pick)
    {
        if (pick.isUndefined())
            return QStringLiteral("undefined");
        QJsonParseError error;
        const QJsonDocument doc
            = QJsonDocument::fromJson('[' + pick.json().toByteArray() + ']', &error);
        check(error.error == QJsonParseError::NoError);
        const QJsonValue value = doc.array().first();
        bool escaped = false;
        const QByteArrayView text = pick.stringBytes(&escaped);
        check(value.isString() == pick.isString() && value.isArray() == pick.isArray()
              && value.isObject() == pick.isObject());
        check(pick.size() == (value.isArray() ? value.toArray().size() : 0));
        check(!value.isBool() || pick.toBool(!value.toBool()) == value.toBool());
        if (value.isString())
            check(JsonText::unescapeUtf8(text) == value.toString().toUtf8()
                  && (escaped || text == value.toString().toUtf8()));
        return ::valueOf(view(value));
    }
    static JsonView view(const QJsonValue &value)
    {
        static QByteArray bytes;
        static JsonIndex index;
        bytes = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        index.read(QByteArrayView(bytes).sliced(1, bytes.size() - 2));
        return index.root();
    }

    JsonPaths m_paths;
    std::vector<int> m_slots;
    int m_elements = -1;
};

// Each user's record as the console's load makes it.
class Records final : public ListPage::Converter
{
public:
    explicit Records(const LicenceCatalog &licences)
        : m_reader(licences)
    { }
    const JsonPaths *paths() const override { return &m_reader.paths(); }
    void addPicked(QByteArrayView resource, const JsonPick *picks, const IdKey &id) override
    {
        records.push_back(m_reader.read(resource, picks, &m_arena));
        // The load looks users up by their keys' hashes, not their ids': a record with an id
        // has the key of that id.
        const QByteArrayView recordId = records.back().fieldView(UserRecord::Id);
        check(recordId.isEmpty() || id == IdKey::ofUtf8(recordId));
    }
    void keepOnly(const QList<bool> &keep) override
    {
        std::vector<UserRecord> kept;
        for (size_t i = 0; i < records.size(); ++i) {
            if (keep.at(qsizetype(i)))
                kept.push_back(records[i]);
        }
        records = kept;
    }
    std::vector<UserRecord> records;

private:
    UserRecord::Reader m_reader;
    UserRecord::Arena m_arena; // as the load's: records share blocks
};

LicenceCatalog lucid()
{
    return {QStringLiteral("urn:ietf:params:scim:schemas:extension:lucid:2.0:User"),
            {QStringLiteral("Lucidchart"), QStringLiteral("Lucidspark")}};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ListPage raw = ListPage::read(bytes, ListPage::Form::Raw);
    const ListPage indexed = ListPage::read(bytes, ListPage::Form::Indexed);
    check(raw.error().isEmpty() == indexed.error().isEmpty());
    if (!raw.error().isEmpty())
        return 0;
    const ListPage parsed = ListPage::read(bytes, ListPage::Form::Parsed);
    check(parsed.error().isEmpty()); // stricter than QJsonDocument, never looser
    check(raw.size() == parsed.size() && indexed.size() == parsed.size());
    check(raw.hasTotal() == parsed.hasTotal() && raw.totalResults() == parsed.totalResults());
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        check(raw.id(i) == parsed.id(i) && raw.key(i) == parsed.key(i));
        check(indexed.id(i) == parsed.id(i));
        // The bytes passed on are JSON, and the resource the service sent.
        QJsonParseError error;
        const QJsonDocument doc
            = QJsonDocument::fromJson('[' + raw.raw(i).toByteArray() + ']', &error);
        check(error.error == QJsonParseError::NoError);
        check(doc.array().first() == parsed.resources().at(i));
        same(indexed.view(i), parsed.resources().at(i));
        qsizetype count = 0;
        const QByteArrayView run = raw.rawRun(i, &count);
        check(count >= 1 && i + count <= raw.size() && !run.isEmpty());
    }
    // A converter sees each resource as the page's index reads it.
    const auto keeper = std::make_shared<Keeper>();
    check(ListPage::read(bytes, ListPage::Form::Indexed, keeper).error().isEmpty());
    check(keeper->seen.size() == parsed.size());
    for (qsizetype i = 0; i < parsed.size(); ++i)
        check(keeper->seen.at(i) == valueOf(indexed.view(i)));
    // A converter with paths gets what the index finds at each: the last member of a name.
    const auto picker = std::make_shared<Picker>();
    const ListPage picked = ListPage::read(bytes, ListPage::Form::Indexed, picker);
    check(picked.error().isEmpty() && picker->seen.size() == parsed.size());
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        check(picked.id(i) == parsed.id(i) && picked.key(i) == parsed.key(i));
        const QJsonArray picks = picker->seen.at(i).toArray();
        for (size_t p = 0; p < pickedPaths().size(); ++p) {
            JsonView at = indexed.view(i);
            for (const QByteArrayView name : pickedPaths()[p])
                at = at.value(name);
            const QJsonValue expected
                = at.isUndefined() ? QJsonValue(QStringLiteral("undefined")) : valueOf(at);
            check(picks.at(qsizetype(p)) == expected);
        }
        const JsonView a = indexed.view(i).value(QByteArrayView("a"));
        for (int e = 0; e < 2; ++e) {
            for (const QByteArrayView name : {QByteArrayView("b"), QByteArrayView("c")}) {
                const JsonView at = a.isArray() && e < a.size() && a.at(e).isObject()
                    ? a.at(e).value(name)
                    : JsonView();
                const QJsonValue expected
                    = at.isUndefined() ? QJsonValue(QStringLiteral("undefined")) : valueOf(at);
                const qsizetype p = qsizetype(pickedPaths().size()) + e * 2 + (name == "c");
                check(picks.at(p) == expected);
            }
        }
    }
    // ... and a user's record made from its picks is the one made from a QJsonObject.
    const auto records = std::make_shared<Records>(lucid());
    check(ListPage::read(bytes, ListPage::Form::Indexed, records).error().isEmpty());
    check(records->records.size() == size_t(parsed.size()));
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        const UserRecord &read = records->records[size_t(i)];
        const UserRecord expected
            = UserRecord::fromResource(parsed.resources().at(i).toObject(), lucid());
        for (int field = 0; field < UserRecord::FieldCount; ++field)
            check(read.fieldView(UserRecord::Field(field))
                  == expected.fieldView(UserRecord::Field(field)));
        check(read.isActive() == expected.isActive());
        check(read.licenceBits() == expected.licenceBits());
        check(read.groupCount() == expected.groupCount());
        check(read.workEmail() == expected.workEmail());
    }
    return 0;
}
