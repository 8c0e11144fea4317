// libFuzzer target for the list page reader, whose raw form passes a service's bytes on as they
// came: any bytes must give a page or an error, never a crash, a hang or undefined behaviour;
// what the strict reader accepts QJsonDocument must accept too, with the same resources, and the
// index built in the same pass must read every resource as QJsonDocument does, and so must each
// view a converter gets while the page is read.
//
//   tests/fuzz/run-fuzz.sh SOURCE_DIR BUILD_DIR SECONDS fuzz_listpage

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

// What a converter is given, kept while it is valid.
class Keeper final : public ListPage::Converter
{
public:
    void add(const JsonView &resource) override { seen.append(valueOf(resource)); }
    void keepOnly(const QList<bool> &keep) override
    {
        check(keep.size() == seen.size());
        QJsonArray kept;
        for (qsizetype i = 0; i < keep.size(); ++i) {
            if (keep.at(i))
                kept.append(seen.at(i));
        }
        seen = kept;
    }
    QJsonArray seen;
};

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
    return 0;
}
