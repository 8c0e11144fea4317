#include "NewUserBody.h"

#include "scim/JsonText.h"
#include "scim/Patch.h"

#include <QJsonArray>

#include <algorithm>

namespace ScimDesk {

void NewUserBody::clear()
{
    m_nodes.clear();
    m_strings.clear();
    m_kept.clear();
}

int NewUserBody::find(int parent, QStringView key) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].parent == parent && m_nodes[i].key == key)
            return i;
    }
    return -1;
}

int NewUserBody::set(int parent, QStringView key, Kind kind)
{
    Node node;
    node.key = key;
    node.parent = parent;
    node.kind = kind;
    int index = find(parent, key);
    if (index < 0) {
        index = int(m_nodes.size());
        m_nodes.append(node);
        return index;
    }
    for (Node &member : m_nodes) {
        if (member.parent == index)
            member.parent = Gone;
    }
    m_nodes[index] = node;
    return index;
}

int NewUserBody::objectAt(int parent, QStringView key)
{
    const int index = find(parent, key);
    return index >= 0 && m_nodes[index].kind == Kind::Object ? index
                                                             : set(parent, key, Kind::Object);
}

int NewUserBody::place(QStringView path, Kind kind)
{
    if (path == QStringView(Patch::WorkEmailPath)) {
        // The one work address changes in place; there is no other kind of emails here.
        int emails = find(Top, u"emails");
        if (emails < 0 || m_nodes[emails].kind != Kind::WorkEmail)
            emails = set(Top, u"emails", Kind::WorkEmail);
        return set(emails, u"value", kind);
    }
    int parent = Top;
    if (path.startsWith(u"urn:")) {
        const qsizetype colon = path.lastIndexOf(u':');
        parent = objectAt(Top, path.first(colon));
        path = path.sliced(colon + 1);
    }
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0)
        return set(parent, path, kind);
    return set(objectAt(parent, path.first(dot)), path.sliced(dot + 1), kind);
}

void NewUserBody::write(QStringView path, QStringView text)
{
    m_nodes[place(path, Kind::Text)].text = text;
}

void NewUserBody::writeFlag(QStringView path, bool flag)
{
    m_nodes[place(path, Kind::Flag)].flag = flag;
}

void NewUserBody::setStrings(QStringView key, std::span<const QStringView> strings)
{
    Node &node = m_nodes[set(Top, key, Kind::Strings)];
    node.first = m_strings.size();
    node.count = qsizetype(strings.size());
    m_strings.append(strings.data(), qsizetype(strings.size()));
}

QStringView NewUserBody::keep(QString text)
{
    m_kept.append(std::move(text)); // a QString's characters stay where they are as it moves
    return m_kept.constLast();
}

bool NewUserBody::contains(QStringView key) const
{
    return find(Top, key) >= 0;
}

QStringView NewUserBody::text(QStringView key) const
{
    const int index = find(Top, key);
    return index >= 0 && m_nodes[index].kind == Kind::Text ? m_nodes[index].text : QStringView();
}

QStringView NewUserBody::text(QStringView key, QStringView inner) const
{
    const int outer = find(Top, key);
    if (outer < 0 || m_nodes[outer].kind != Kind::Object)
        return {};
    const int index = find(outer, inner);
    return index >= 0 && m_nodes[index].kind == Kind::Text ? m_nodes[index].text : QStringView();
}

QByteArray NewUserBody::toJson() const
{
    // Written into a buffer kept for the next call and copied out at its size: a plan of many
    // creates holds no room to spare in each (as PlannedRequest::setBody()).
    thread_local QByteArray buffer;
    buffer.clear();
    appendJson(buffer);
    return QByteArray(buffer.constData(), buffer.size());
}

void NewUserBody::appendJson(QByteArray &out) const
{
    appendObject(out, Top);
}

void NewUserBody::appendObject(QByteArray &out, int parent) const
{
    QVarLengthArray<int, 16> members;
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].parent == parent)
            members.append(i);
    }
    // QJsonObject's order: QString's, by UTF-16 code unit.
    std::sort(members.begin(), members.end(),
              [this](int a, int b) { return m_nodes[a].key < m_nodes[b].key; });
    out += '{';
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (i > 0)
            out += ',';
        JsonText::appendString(out, m_nodes[members[i]].key);
        out += ':';
        appendValue(out, members[i]);
    }
    out += '}';
}

void NewUserBody::appendValue(QByteArray &out, int index) const
{
    const Node &node = m_nodes[index];
    switch (node.kind) {
    case Kind::Text:
        JsonText::appendString(out, node.text);
        return;
    case Kind::Flag:
        out += node.flag ? "true" : "false";
        return;
    case Kind::Object:
        appendObject(out, index);
        return;
    case Kind::Strings:
        out += '[';
        for (qsizetype i = 0; i < node.count; ++i) {
            if (i > 0)
                out += ',';
            JsonText::appendString(out, m_strings[node.first + i]);
        }
        out += ']';
        return;
    case Kind::WorkEmail:
        out += R"([{"primary":true,"type":"work","value":)";
        appendValue(out, find(index, u"value"));
        out += "}]";
        return;
    }
}

QJsonObject NewUserBody::toObject() const
{
    return object(Top);
}

QJsonObject NewUserBody::object(int parent) const
{
    QJsonObject object;
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].parent == parent)
            object.insert(m_nodes[i].key.toString(), value(i));
    }
    return object;
}

QJsonValue NewUserBody::value(int index) const
{
    const Node &node = m_nodes[index];
    switch (node.kind) {
    case Kind::Text:
        return node.text.toString();
    case Kind::Flag:
        return node.flag;
    case Kind::Object:
        return object(index);
    case Kind::Strings: {
        QJsonArray strings;
        for (qsizetype i = 0; i < node.count; ++i)
            strings.append(m_strings[node.first + i].toString());
        return strings;
    }
    case Kind::WorkEmail:
        return QJsonArray {QJsonObject {{QStringLiteral("value"), value(find(index, u"value"))},
                                        {QStringLiteral("type"), QStringLiteral("work")},
                                        {QStringLiteral("primary"), true}}};
    }
    return {};
}

} // namespace ScimDesk
