// Planning from an HR file at directory scale: a 100,000-row CSV against a 100,000-user
// directory in which 1,000 rows differ. Reports parse, validate + diff, and peak memory.
//
//   bench_csvimport [--users 100000] [--differing 1000]

#include "ProcessMemory.h"
#include "changes/ImportPlanner.h"
#include "directory/GroupModels.h"
#include "directory/UserStore.h"
#include "scim/Preset.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <cstdio>

using namespace ScimDesk;

namespace {

const char *const Departments[] = {"Engineering", "Sales", "Finance", "Marketing", "Support"};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Users."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption differingOption(QStringLiteral("differing"),
                                             QStringLiteral("Rows that differ."),
                                             QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOptions({usersOption, differingOption});
    parser.process(app);
    const int count = parser.value(usersOption).toInt();
    const int differing = parser.value(differingOption).toInt();

    ServiceCapabilities caps;
    caps.patch = true;
    caps.applyPreset(Preset::byId(QStringLiteral("lucid")));
    const QString enterprise
        = QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");

    // The directory, as it would be after loading: compact records.
    UserStore users({caps.licenceSchema, caps.licenceNames});
    QByteArray csv = "\xEF\xBB\xBF"
                     "Email,First Name,Last Name,Department,Title,Lucidchart,Lucidspark\r\n";
    csv.reserve(qsizetype(count) * 90);
    QJsonArray page;
    for (int i = 0; i < count; ++i) {
        const QString userName = QStringLiteral("user.%1@example.com").arg(i);
        const QString department = QString::fromLatin1(Departments[i % 5]);
        const bool chart = i % 3 != 0;
        page.append(QJsonObject {
            {QStringLiteral("id"), QStringLiteral("id-%1").arg(i)},
            {QStringLiteral("userName"), userName},
            {QStringLiteral("active"), true},
            {QStringLiteral("name"),
             QJsonObject {{QStringLiteral("givenName"), QStringLiteral("Given%1").arg(i)},
                          {QStringLiteral("familyName"), QStringLiteral("Family%1").arg(i)}}},
            {QStringLiteral("emails"),
             QJsonArray {QJsonObject {{QStringLiteral("value"), userName},
                                      {QStringLiteral("type"), QStringLiteral("work")}}}},
            {QStringLiteral("title"), QStringLiteral("Engineer")},
            {enterprise, QJsonObject {{QStringLiteral("department"), department}}},
            {caps.licenceSchema,
             QJsonObject {{QStringLiteral("productLicenses"),
                           QJsonObject {{QStringLiteral("Lucidchart"), chart},
                                        {QStringLiteral("Lucidspark"), false}}}}},
            {QStringLiteral("meta"),
             QJsonObject {{QStringLiteral("version"), QStringLiteral("W/\"1\"")}}}});
        if (page.size() == 1000) {
            users.addPage(page);
            page = QJsonArray();
        }
        // Every (count / differing)-th row moves department.
        const bool moves = differing > 0 && i % (count / differing) == 0;
        csv += userName.toUtf8() + ",Given" + QByteArray::number(i) + ",Family"
            + QByteArray::number(i) + ','
            + (moves ? QByteArray("\"Research, Development\"") : department.toLatin1())
            + ",Engineer," + (chart ? "yes" : "no") + ",no\r\n";
    }
    users.addPage(page);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hr.csv"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(csv);
    file.close();
    const qint64 fileBytes = csv.size();
    csv = QByteArray();
    const qint64 rssLoaded = Test::statusKb("VmRSS:");

    ConnectionProfile profile = ConnectionProfile::fromPreset(QStringLiteral("lucid"));
    profile.name = QStringLiteral("bench");
    QElapsedTimer clock;
    clock.start();
    const CsvTable table = CsvReader::readFile(path);
    const qint64 parseMs = clock.elapsed();
    const ImportMapping mapping = ImportMapping::automatic(table.header, caps);
    ImportPlanner::Options options;
    options.mode = ImportPlanner::Mode::Provision;
    const ImportPlanner::Result result
        = ImportPlanner(profile, caps).plan(table, mapping, options, users, {});
    const qint64 totalMs = clock.elapsed();

    std::printf("%lld rows (%.1f MB CSV) against %lld users, %d differing:\n",
                qint64(table.rows.size()), double(fileBytes) / 1e6, qint64(users.size()),
                differing);
    std::printf("  parse %lld ms; validate + match + diff %lld ms; total %lld ms\n", parseMs,
                totalMs - parseMs, totalMs);
    std::printf("  %s; %lld changes planned\n", qPrintable(result.summary()),
                qint64(result.plan.changes.size()));
    std::printf("  peak RSS %.1f MB (%.1f MB with the directory loaded, before the import)\n",
                double(Test::statusKb("VmHWM:")) / 1024.0, double(rssLoaded) / 1024.0);
    return 0;
}
