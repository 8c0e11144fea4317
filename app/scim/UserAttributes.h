#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ScimDesk {

class JsonView;

// How an import finds a row's user on the service.
enum class MatchKey { UserName, ExternalId, Email };

// One user attribute ScimDesk knows by name: where it lives in a SCIM User, what people call
// it, and whether a file can match users on it. The records, the users table, the column
// mapping and the import planner all take their attributes from UserAttributes::all().
struct UserAttribute
{
    // The text attributes first (a UserRecord stores them by this number), in the order people
    // choose from.
    enum Id : quint8 {
        UserName,
        Email,
        GivenName,
        FamilyName,
        DisplayName,
        ExternalId,
        Title,
        Department,
        CostCenter,
        Division,
        Organization,
        EmployeeNumber,
        TextCount,
        Active = TextCount,
        Groups,
        Count
    };

    Id id;
    QString key; // stable across services and releases: "userName", "email", "department"
    QString path; // where a file's value goes: "name.givenName", `emails[type eq "work"].value`
    QString filterPath; // what a SCIM filter names: "emails.value"
    const char *titleText; // a column title (untranslated; see title())
    const char *choiceText; // in the list of attributes a file's column can fill (see choice())
    bool importable = true; // a file's column can fill it
    MatchKey match = MatchKey::UserName; // with isMatchKey: the key it stands for
    bool isMatchKey = false;
    QStringList headers; // header names it is guessed from, letters and digits only, folded

    bool isText() const { return id < TextCount; }
    bool isEnterprise() const;
    QString title() const;
    QString choice() const;
};

namespace UserAttributes {

const QList<UserAttribute> &all();
const UserAttribute &get(UserAttribute::Id id);
// The attribute at `path`, compared without regard to case (an enterprise attribute also by
// its short name, "department"); nullptr when ScimDesk does not know it.
const UserAttribute *byPath(const QString &path);

// The attribute a match key compares: userName, the work email, or externalId.
const UserAttribute &forMatch(MatchKey match);
// "userName", "externalId", "email" (as --match and the console name them), case-insensitive.
bool matchFromName(const QString &name, MatchKey *match);
QString matchName(MatchKey match);

// An attribute's text in a SCIM User, read at its path (emails are the record's business:
// several addresses need a choice).
QString read(const QJsonObject &resource, const UserAttribute &attribute);
// The value at an attribute's path (undefined for emails and what is not text), for a reader
// that wants more than the text: a JsonView's UTF-8, say.
QJsonValue valueAt(const QJsonObject &resource, const UserAttribute &attribute);
JsonView valueAt(const JsonView &resource, const UserAttribute &attribute);
// Sets `value` at an attribute path of a user resource: a core path ("title",
// "name.givenName"), an extension's "URN:attribute" or "URN:outer.inner", or the work email
// (the one work address changes in place, the others stay; without one, the address becomes
// the user's emails).
void write(QJsonObject &resource, const QString &path, const QJsonValue &value);

} // namespace UserAttributes

} // namespace ScimDesk
