#include "UserAttributes.h"

#include "JsonView.h"
#include "Patch.h"
#include "Schemas.h"

#include <QJsonArray>

namespace ScimDesk {

namespace {

QString enterprise(const char *name)
{
    return QString::fromUtf16(Schemas::EnterpriseUser) + u':' + QLatin1StringView(name);
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *name : list)
        out.append(QString::fromLatin1(name));
    return out;
}

QList<UserAttribute> catalogue()
{
    using A = UserAttribute;
    const auto core = [](A::Id id, const char *key, const char *path, const char *title,
                         const char *choice, std::initializer_list<const char *> headers) {
        return A {id,
                  QString::fromLatin1(key),
                  QString::fromLatin1(path),
                  QString::fromLatin1(path),
                  title,
                  choice,
                  true,
                  MatchKey::UserName,
                  false,
                  names(headers)};
    };
    const auto extension = [](A::Id id, const char *key, const char *title,
                              std::initializer_list<const char *> headers) {
        return A {id,   QString::fromLatin1(key), enterprise(key), enterprise(key), title, title,
                  true, MatchKey::UserName,       false,           names(headers)};
    };
    QList<A> list {
        core(A::UserName, "userName", "userName", QT_TRANSLATE_NOOP("UserAttributes", "User name"),
             QT_TRANSLATE_NOOP("UserAttributes", "User name (userName)"),
             {"username", "user", "login", "loginname", "userid", "upn", "userprincipalname",
              "account", "accountname",
              // German, French, Spanish, Dutch
              "benutzername", "benutzer", "anmeldename", "nomdutilisateur", "identifiant",
              "nombredeusuario", "usuario", "gebruikersnaam", "gebruiker",
              // the console's own names in German (tst_importplanner)
              "benutzernameusername"}),
        core(A::Email, "email", "emails.value", QT_TRANSLATE_NOOP("UserAttributes", "Email"),
             QT_TRANSLATE_NOOP("UserAttributes", "Work email"),
             {"email",
              "emails",
              "mail",
              "emailaddress",
              "workemail",
              "workemailaddress",
              "businessemail",
              "primaryemail",
              "email1",
              "emailadresse",
              "mailadresse",
              "geschaftlicheemail",
              "courriel",
              "adressecourriel",
              "adresseemail",
              "adressemail",
              "adresseelectronique",
              "correo",
              "correoelectronico",
              "direcciondecorreo",
              "emailadres",
              "mailadres",
              "zakelijkeemail"}),
        core(A::GivenName, "givenName", "name.givenName",
             QT_TRANSLATE_NOOP("UserAttributes", "Given name"),
             QT_TRANSLATE_NOOP("UserAttributes", "Given name"),
             {"firstname", "givenname", "first", "forename", "prenom", "vorname", "rufname",
              "nombre", "nombres", "voornaam", "roepnaam"}),
        core(A::FamilyName, "familyName", "name.familyName",
             QT_TRANSLATE_NOOP("UserAttributes", "Family name"),
             QT_TRANSLATE_NOOP("UserAttributes", "Family name"),
             {"lastname", "surname", "familyname", "last", "nachname", "familienname", "nom",
              "nomdefamille", "apellidos", "apellido", "achternaam", "familienaam"}),
        core(A::DisplayName, "displayName", "displayName",
             QT_TRANSLATE_NOOP("UserAttributes", "Display name"),
             QT_TRANSLATE_NOOP("UserAttributes", "Display name"),
             {"displayname", "name", "fullname", "preferredname", "anzeigename",
              "vollstandigername", "nomcomplet", "nomdaffichage", "nombrecompleto", "weergavenaam",
              "volledigenaam"}),
        core(A::ExternalId, "externalId", "externalId",
             QT_TRANSLATE_NOOP("UserAttributes", "External ID"),
             QT_TRANSLATE_NOOP("UserAttributes", "External ID"),
             {"externalid", "employeeid", "personid", "hrid", "workerid", "immutableid",
              "externeid"}),
        core(A::Title, "title", "title", QT_TRANSLATE_NOOP("UserAttributes", "Title"),
             QT_TRANSLATE_NOOP("UserAttributes", "Title"),
             {"title", "jobtitle", "position", "role", "titel", "berufsbezeichnung",
              "stellenbezeichnung", "jobtitel", "fonction", "poste", "intituledeposte", "cargo",
              "puesto", "functie", "functietitel"}),
        extension(A::Department, "department", QT_TRANSLATE_NOOP("UserAttributes", "Department"),
                  {"department", "dept", "departmentname", "abteilung", "departement",
                   "departamento", "afdeling"}),
        extension(A::CostCenter, "costCenter", QT_TRANSLATE_NOOP("UserAttributes", "Cost centre"),
                  {"costcenter", "costcentre", "costcentercode", "kostenstelle", "centredecout",
                   "centredecouts", "centrodecoste", "centrodecostes", "kostenplaats"}),
        extension(A::Division, "division", QT_TRANSLATE_NOOP("UserAttributes", "Division"),
                  {"division", "businessunit", "bereich", "geschaftsbereich", "sparte", "divisie"}),
        extension(A::Organization, "organization",
                  QT_TRANSLATE_NOOP("UserAttributes", "Organisation"),
                  {"organization", "organisation", "company", "companyname", "unternehmen", "firma",
                   "societe", "entreprise", "empresa", "organizacion", "bedrijf", "organisatie"}),
        extension(A::EmployeeNumber, "employeeNumber",
                  QT_TRANSLATE_NOOP("UserAttributes", "Employee number"),
                  {"employeenumber", "employeeno", "personnelnumber", "staffnumber",
                   "personalnummer", "mitarbeiternummer", "matricule", "numerodemploye",
                   "numerodeempleado", "personeelsnummer"}),
        core(A::Active, "active", "active", QT_TRANSLATE_NOOP("UserAttributes", "Active"),
             QT_TRANSLATE_NOOP("UserAttributes", "Active (yes/no)"),
             {"active", "enabled", "isactive", "accountenabled", "aktiv", "actif", "activo",
              "actief", "aktivjanein"}),
        core(A::Groups, "groups", "groups", QT_TRANSLATE_NOOP("UserAttributes", "Groups"),
             QT_TRANSLATE_NOOP("UserAttributes", "Groups (names separated by ;)"),
             {"groups", "group", "teams", "memberof", "gruppen", "gruppe", "groupes", "groupe",
              "grupos", "grupo", "groepen", "groep", "gruppennamendurchgetrennt"}),
    };
    // The match keys. The work email is filled at its value path, which leaves a user's other
    // addresses alone; a filter finds it among all of them.
    list[A::UserName].isMatchKey = true;
    list[A::Email].isMatchKey = true;
    list[A::Email].match = MatchKey::Email;
    list[A::Email].path = QString::fromUtf16(Patch::WorkEmailPath);
    list[A::ExternalId].isMatchKey = true;
    list[A::ExternalId].match = MatchKey::ExternalId;
    return list;
}

// Sets `value` at "outer.inner" or "name" inside `object`.
void writeDotted(QJsonObject &object, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        object.insert(path, value);
        return;
    }
    const QString outer = path.left(dot);
    QJsonObject inner = object.value(outer).toObject();
    inner.insert(QStringView(path).sliced(dot + 1), value);
    object.insert(outer, inner);
}

template<typename Object> auto readDotted(const Object &object, QStringView path)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0)
        return object.value(path);
    return object.value(path.first(dot)).toObject().value(path.sliced(dot + 1));
}

// A QJsonObject, or a JsonView of one.
template<typename Object> auto textAt(const Object &resource, const UserAttribute &attribute)
{
    using Value = decltype(resource.value(QStringView()));
    if (!attribute.isText() || attribute.id == UserAttribute::Email)
        return Value();
    const QStringView path = attribute.path;
    if (path.startsWith(u"urn:")) {
        const qsizetype colon = path.lastIndexOf(u':');
        return Value(
            readDotted(resource.value(path.first(colon)).toObject(), path.sliced(colon + 1)));
    }
    return Value(readDotted(resource, path));
}

} // namespace

bool UserAttribute::isEnterprise() const
{
    return path.startsWith(QStringView(Schemas::EnterpriseUser));
}

QString UserAttribute::title() const
{
    return QCoreApplication::translate("UserAttributes", titleText);
}

QString UserAttribute::choice() const
{
    return QCoreApplication::translate("UserAttributes", choiceText);
}

namespace UserAttributes {

const QList<UserAttribute> &all()
{
    static const QList<UserAttribute> list = catalogue();
    return list;
}

const UserAttribute &get(UserAttribute::Id id)
{
    return all().at(id);
}

const UserAttribute *byPath(const QString &path)
{
    const QString trimmed = path.trimmed();
    for (const UserAttribute &attribute : all()) {
        if (attribute.path.compare(trimmed, Qt::CaseInsensitive) == 0
            || (attribute.isEnterprise()
                && attribute.key.compare(trimmed, Qt::CaseInsensitive) == 0))
            return &attribute;
    }
    return nullptr;
}

const UserAttribute &forMatch(MatchKey match)
{
    for (const UserAttribute &attribute : all()) {
        if (attribute.isMatchKey && attribute.match == match)
            return attribute;
    }
    Q_UNREACHABLE();
}

bool matchFromName(const QString &name, MatchKey *match)
{
    for (const UserAttribute &attribute : all()) {
        if (attribute.isMatchKey && attribute.key.compare(name, Qt::CaseInsensitive) == 0) {
            *match = attribute.match;
            return true;
        }
    }
    return false;
}

QString matchName(MatchKey match)
{
    return forMatch(match).key;
}

QString read(const QJsonObject &resource, const UserAttribute &attribute)
{
    return textAt(resource, attribute).toString();
}

QJsonValue valueAt(const QJsonObject &resource, const UserAttribute &attribute)
{
    return textAt(resource, attribute);
}

JsonView valueAt(const JsonView &resource, const UserAttribute &attribute)
{
    return textAt(resource, attribute);
}

void write(QJsonObject &resource, const QString &path, const QJsonValue &value)
{
    if (path == Patch::WorkEmailPath) {
        QJsonArray emails = resource.value(u"emails").toArray();
        if (const qsizetype work = Patch::onlyOfType(emails, QStringLiteral("work")); work >= 0) {
            QJsonObject email = emails.at(work).toObject();
            email.insert(QStringLiteral("value"), value);
            emails[work] = email;
        } else {
            emails = {QJsonObject {{QStringLiteral("value"), value},
                                   {QStringLiteral("type"), QStringLiteral("work")},
                                   {QStringLiteral("primary"), true}}};
        }
        resource.insert(QStringLiteral("emails"), emails);
        return;
    }
    if (path.startsWith(u"urn:")) {
        const qsizetype colon = path.lastIndexOf(u':');
        const QString urn = path.left(colon);
        QJsonObject extension = resource.value(urn).toObject();
        writeDotted(extension, path.mid(colon + 1), value);
        resource.insert(urn, extension);
        return;
    }
    writeDotted(resource, path, value);
}

} // namespace UserAttributes

} // namespace ScimDesk
