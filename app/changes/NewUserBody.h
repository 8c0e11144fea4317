#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <span>

namespace ScimDesk {

// A new user as an import sets it, attribute path by path (the paths and meaning of
// UserAttributes::write()), written straight to the compact JSON a create sends: byte for byte
// what QJsonDocument::toJson(Compact) writes for the QJsonObject the same writes make, members
// in its order (UTF-16 code units). A file of a hundred thousand new hires then builds no
// QJsonObject for each, whose every insert copies and sorts.
//
// Paths and texts are views: what they point at must live until the body is written or
// cleared (a row's cells, the mapping's paths, the planner's strings); keep() holds one that
// would not.
class NewUserBody
{
public:
    // Empty again; the room stays for the next user.
    void clear();

    // As UserAttributes::write(resource, path, value), a text or a flag: two names, so that a
    // text literal is never taken for a flag.
    void write(QStringView path, QStringView text);
    void writeFlag(QStringView path, bool flag);
    // The top-level member `key` becomes an array of these strings.
    void setStrings(QStringView key, std::span<const QStringView> strings);
    // `text`, held as long as the body: for a view of it.
    QStringView keep(QString text);

    // A top-level member, of any type.
    bool contains(QStringView key) const;
    // The string at `key`, or at `inner` inside the object at `key`; empty for anything else,
    // as QJsonValue::toString() reads it.
    QStringView text(QStringView key) const;
    QStringView text(QStringView key, QStringView inner) const;

    // The compact JSON text, no larger than it is.
    QByteArray toJson() const;
    void appendJson(QByteArray &out) const;
    // The same as an object (the console's queue keeps one).
    QJsonObject toObject() const;

private:
    // WorkEmail: the emails a write of the work email makes, [{primary, type work, value}],
    // whose value is the node inside it at "value".
    enum class Kind : quint8 { Text, Flag, Object, Strings, WorkEmail };
    struct Node
    {
        QStringView key;
        int parent = Top; // index of the object it is in
        Kind kind = Kind::Text;
        bool flag = false;
        QStringView text;
        qsizetype first = 0; // Strings: where its strings start in m_strings
        qsizetype count = 0;
    };
    static constexpr int Top = -1; // the resource itself
    static constexpr int Gone = -2; // replaced along with the member it was in

    int find(int parent, QStringView key) const;
    // The member `key` of `parent`, made anew (what it held, members too, is dropped).
    int set(int parent, QStringView key, Kind kind);
    // The object at `key` in `parent`: as it is, or a new one where there is something else.
    int objectAt(int parent, QStringView key);
    // The member a write of `path` sets, made anew: UserAttributes::write's rules.
    int place(QStringView path, Kind kind);
    void appendObject(QByteArray &out, int parent) const;
    void appendValue(QByteArray &out, int index) const;
    QJsonObject object(int parent) const;
    QJsonValue value(int index) const;

    QVarLengthArray<Node, 24> m_nodes;
    QVarLengthArray<QStringView, 4> m_strings;
    QList<QString> m_kept;
};

} // namespace ScimDesk
