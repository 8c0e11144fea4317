<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApplyJournal</name>
    <message>
        <location filename="../app/changes/ApplyJournal.cpp" line="+98"/>
        <source>Cannot read the apply journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The apply journal %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Another window or scimdesk-cli is applying with the journal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The journal %1 holds an apply that did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot remove the apply journal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no apply journal to set aside: the last apply finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot rename the apply journal %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot lock the apply journal %1: the folder cannot be written (permissions or disk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+8"/>
        <location line="+40"/>
        <source>Cannot write the apply journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="+31"/>
        <location line="+45"/>
        <location line="+94"/>
        <source>Cannot write the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>not applied by the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CSV file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revert of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot read the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <location filename="../app/changes/Change.cpp" line="+21"/>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Grant %1 — add to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke %1 — remove from group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+94"/>
        <source>a change without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change %1 has an unknown kind &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>change %1 has no valid request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../app/connections/ConnectionStore.cpp" line="+108"/>
        <source>The base URL must not contain a user name or password (user:password@): the service is reached with the connection&apos;s token, which is kept in the keychain. Remove the credentials from the URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <location filename="../app/scim/ServiceDiscovery.cpp" line="+17"/>
        <source>Connected. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Users listed: %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licences: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <location filename="../app/connections/ConnectionStore.cpp" line="+112"/>
        <source>A connection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A connection needs a valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A connection named &quot;%1&quot; already exists — choose another name or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../app/csv/CsvReader.cpp" line="+104"/>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row %4: the header &quot;%1&quot; appears more than once; column %2 is called &quot;%1 (%3)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Row %1 has %2 cells but the header has %3: the cells beyond column %3 are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1 has %2 cells but the header has %3: the missing cells count as empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file is larger than %1, the most ScimDesk imports at once. Split it into smaller files, or leave out the rows and columns the import does not need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Row %1: a quote is never closed; the rest of the file was read into one cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The file has no header row: it is empty, or not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1 is not valid UTF-8, so the file was read as Windows-1252, as Excel on Windows saves it. If names look wrong, choose the file&apos;s encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1 is not valid %2: what cannot be read shows as �. Choose the file&apos;s encoding, or fix the row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guards</name>
    <message>
        <location filename="../app/changes/Guards.cpp" line="+43"/>
        <source>This plan was made for %1, not for &quot;%2&quot; (%3); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change %1 would send its request outside the service: %2. The plan was refused; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plan is inconsistent: %1. It may have been edited; make it again. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The plan would deactivate or delete protected accounts (%1); exclude those changes first. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <location filename="../app/csv/ImportMapping.cpp" line="+77"/>
        <source>Licence: %1 (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No column maps to userName: the email column (%1) is used as userName.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignored columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMerge</name>
    <message>
        <location filename="../app/changes/ImportMerge.cpp" line="+156"/>
        <location line="+28"/>
        <source>deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+25"/>
        <source>reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>grant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>revoke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add to group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove from group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep them: row %1 lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep them, %1: row %2 lists them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <location filename="../app/changes/ImportPlanner.cpp" line="+166"/>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds an invisible control character (U+%2) at position %3, which would be sent as part of the value. Fix the cell in the file, or exclude the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 &quot;%2&quot; is not understood: use yes or no (also true/false, 1/0, x or empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 &quot;%2&quot; is not understood: use yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the connection gives licences by group, and no group grants %2. Name one in Connection settings or with &apos;scimdesk-cli connection set --licence-group&apos;, or leave the column out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the group &quot;%2&quot; that grants %3 is not on the service. Check its name in the service and in the connection&apos;s licence groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown group(s): %1. Check the spelling, or create the group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>userName &quot;%1&quot; looks like an email address but is not a valid one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no %1, the matching key: fill it in or exclude the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 &quot;%2&quot; appears on rows %3: the file is ambiguous. Keep one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 matches %2 users on the service (%3): match by user name, or make it unique on the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+81"/>
        <location line="+78"/>
        <location line="+10"/>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Row %1: %2 is not on the service; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a protected account: it is not deprovisioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not deactivated: the service does not accept PATCH, and a PUT would replace the whole user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no userName: a new user needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 is a protected account: it is never deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 differs, but the service does not accept PATCH, and a PUT would replace attributes the file does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1 row(s) excluded by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%L1 to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 to update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 to reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 to deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 row with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 rows with errors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenceGroupProposal</name>
    <message>
        <location filename="../app/directory/LicenceGroupProposal.cpp" line="+85"/>
        <source>“%1” for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several groups have exactly the holders of %1 (%2): choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Proposed from the directory: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No group has exactly the active holders of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenceHistory</name>
    <message>
        <location filename="../app/audit/LicenceHistory.cpp" line="+80"/>
        <source>Cannot create the folder of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot keep the licences seen in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../app/scim/ListPage.cpp" line="+386"/>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../app/changes/Plan.cpp" line="+43"/>
        <source>This is not a ScimDesk plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plan uses format version %1; this ScimDesk reads up to version %2 — update ScimDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The plan does not say which service it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The plan has a broken change: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan has two changes with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change %1 depends on %2, which is not in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change %1 depends on itself, so it could never be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes depend on each other in a cycle (%1), so none of them could ever be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+37"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n user(s) lose their licences as they are deactivated (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+78"/>
        <source> from the CSV file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> to revert run %1 (from the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>grant %1 (by group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoke %1 (by group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 change(s) to send: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; %1 excluded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanBuilder</name>
    <message>
        <location filename="../app/changes/PlanBuilder.cpp" line="+114"/>
        <source>%1 cannot be granted or revoked: the connection &quot;%2&quot; gives licences by group, and no group grants %1. Name one in Connection settings, or with &apos;scimdesk-cli connection set &quot;%2&quot; --licence-group &quot;%1=GROUP&quot;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group &quot;%1&quot; that grants %2 is not on the service (or not loaded): check its name in the service&apos;s admin panel, and in Connection settings or with &apos;scimdesk-cli connection set &quot;%3&quot; --licence-group &quot;%2=GROUP&quot;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 holds %2 but is not in the group &quot;%3&quot;: leaving the group cannot take %2 away (it was granted another way). Revoke it in the service&apos;s admin panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>grant %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoke %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Lucid accepts licence changes but ignores them when organisational groups are enabled; ScimDesk reads the user back to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Deactivating takes away the user&apos;s licences: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ScimDesk has no record of the licences this user held before they were deactivated, so none are given back: grant them if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deactivate (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 held %2 before being deactivated, but no group on the service grants it, so it is not given back: grant it in the service&apos;s admin panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 comes back with the group &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>restore %1 to %2 (held before the deactivation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>restore %1 (held before the deactivation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>grant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>revoke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>update (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+38"/>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+38"/>
        <source>delete (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete cannot be undone; the user&apos;s documents go to the recipient set in the service&apos;s compliance settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+64"/>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-64"/>
        <source>create (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <location filename="../app/scim/Preset.cpp" line="+19"/>
        <source>Token: Lucid Admin &gt; App Integration &gt; SCIM. Deactivated users are hidden from lists; licence changes are ignored when organisational groups are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Any SCIM 2.0 service; capabilities are read from /ServiceProviderConfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OAuth token with admin scope. DELETE deactivates. Rate limited org-wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Licence is userType (Basic / Licensed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Personal access token with admin:enterprise; replace {enterprise}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Directory API key; replace {directoryId}. Product access follows groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enterprise integration token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workspace or account SCIM URL from the admin console; at most 4 concurrent requests.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestEffect</name>
    <message>
        <location filename="../app/changes/RequestEffect.cpp" line="+82"/>
        <source>a PATCH without Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a PATCH operation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a PATCH operation without a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>an active value that is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+30"/>
        <source>change %1 shows %2 becoming %3 in review, but its request sets %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>change %1 shows group members for a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change %1 shows other members in review than its request adds or removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>change %1 sets %2, which the review does not show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>change %1 shows %2 in review, but its request does not set it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a POST to one resource, not to a collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a %1 to a whole collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a DELETE with a body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a PUT whose body is another resource (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an unknown method %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>goes outside the service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>creates %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deletes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deactivates %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reactivates %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replaces %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>grants %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revokes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replaces the members of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>adds %n member(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>removes %n member(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>changes %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changes nothing on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>change %1 sends %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change %1 is about a %2, but its request goes to a %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change %1 is for %2 (id %3), but its request goes to id %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>change %1 says &quot;%2&quot;, but its request %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourcePath</name>
    <message>
        <location filename="../app/scim/ResourcePath.cpp" line="+51"/>
        <source>the request path &quot;%1&quot; does not start with /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the request path &quot;%1&quot; holds a character that is not allowed there (a query, fragment, backslash, space or control character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the request path &quot;%1&quot; holds a broken %-escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the request path &quot;%1&quot; has an empty segment (//)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the request path &quot;%1&quot; climbs out of the service&apos;s base path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request path &quot;%1&quot; hides a separator, query or control character in an escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the request path &quot;%1&quot; is not one of the service&apos;s users or groups (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::ApplyController</name>
    <message>
        <location filename="../ui/ApplyController.cpp" line="+32"/>
        <source>Apply changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply to &quot;%1&quot; (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of them carry a warning, shown in the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each change is read back afterwards, reported if the service did not make it, and recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply %1 change(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>deprovision %1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This deactivates or deletes %1 users — more than %2, this connection&apos;s limit for one apply. Type &quot;%3&quot; to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete users permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan deletes 1 user on &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan deletes %1 users on &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A deleted account cannot be restored from here. Deactivating keeps it and can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete 1 user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+99"/>
        <source>Another apply is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-93"/>
        <source>An earlier apply was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing left to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The apply cannot be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot apply this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The interrupted apply cannot be finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setting its journal aside keeps it next to the journal under another name, and frees &quot;%1&quot; for the next apply. What that apply sent is not checked: look at the directory afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set Journal Aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot set the journal aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal was set aside as %1. Refresh the directory to see what the interrupted apply changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot read the apply journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every apply to &quot;%1&quot; finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>in flight — will be read back before anything is sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finish the interrupted apply?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An apply to &quot;%1&quot; was interrupted: %2 of %3 changes were done and %4 were in flight when it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finishing reads the in-flight changes back from the service and sends only what did not happen: nothing is applied twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::ApplyDialog</name>
    <message>
        <location filename="../ui/ApplyDialog.cpp" line="+23"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied by the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict — review again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applying changes — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finishing the interrupted apply to &quot;%1&quot; (%2). Changes that were in flight are read back first; nothing is sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applying %1 change(s) to &quot;%2&quot; (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send nothing new; requests already sent finish and are recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping: waiting for the requests already sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%L1 of %L2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — %1 request(s) at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — waiting %1 s, as the service asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — %1 failed or not applied so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applied %1, failed %2, not applied by the service %3, skipped %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The changes listed below stay in the queue: fix what they say, then review and apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every change is in the audit log (Changes &gt; Audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 ignored 1 licence change: this account gives licences by group. Switch “%2” to licences by group?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ignored %2 licence changes: this account gives licences by group. Switch “%3” to licences by group?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 No group can be proposed from the directory: choose each licence&apos;s group in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing changes until you save the settings. Then grant or revoke those licences again: they are sent as memberships of the licences&apos; groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Switch to licences &amp;by group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the connection&apos;s licence settings with these groups filled in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::ApplyEngine</name>
    <message>
        <location filename="../app/changes/ApplyEngine.cpp" line="+29"/>
        <source>Another window or scimdesk-cli is applying to this connection right now; wait for it to finish. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+8"/>
        <location line="+5"/>
        <source>The record of this apply cannot be kept: %1 Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not sent: another window or scimdesk-cli is applying to this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent: the record of this apply cannot be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>excluded from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>not sent: applying was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent: the record of this apply could not be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not sent: change %1, which it needs, is not in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not sent: change %1, which it needs, did not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+101"/>
        <location line="+58"/>
        <source>changed since the plan was made (412) — review it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-50"/>
        <source>already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already exists (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deleted (by an earlier attempt whose answer was lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The service asked to wait %1 s before trying again, longer than %2 s: not sent again. Apply the rest again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service may have made this change; refresh to check before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The record of this apply could not be kept, so it stopped sending: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::ApplySession</name>
    <message>
        <location filename="../app/changes/ApplySession.cpp" line="+44"/>
        <location line="+125"/>
        <location line="+56"/>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Another console window or scimdesk-cli is applying changes to &quot;%1&quot; right now; wait for it to finish. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing was sent. The journal is kept, as it may be all that says what an interrupted apply sent; to give up on that apply, set it aside (Changes &gt; Finish interrupted apply in the console, or &apos;scimdesk-cli resume -c &quot;%1&quot; --set-aside&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An earlier apply to &quot;%1&quot; was interrupted: finish it first (in the console, Changes &gt; Finish interrupted apply; or &apos;scimdesk-cli resume&apos;). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The ids of protected accounts (%1) could not be looked up on the service, so a plan that deactivates or deletes users cannot be checked against them. Connect again and retry. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan has no changes to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The plan deactivates or deletes %1 users, more than %2 (this connection&apos;s limit for one apply), and that many were not confirmed. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>An apply to &quot;%1&quot; is running now in another console window or scimdesk-cli (it was not interrupted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The interrupted apply to &quot;%1&quot; was finished or changed by another console window or scimdesk-cli meanwhile. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::AuditDialog</name>
    <message>
        <location filename="../ui/AuditDialog.cpp" line="+35"/>
        <source>Audit log — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%L1 run(s), %L2 record(s), newest first. Kept in %3. Choose a run to see its changes; hover a change for the attributes before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Search the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Revert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan the opposite of the chosen run (or of its selected changes) for review: nothing is sent until you apply it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>&amp;Revert %n selected change(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export the audit log to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 audit.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::AuditModel</name>
    <message>
        <location filename="../app/audit/AuditModel.cpp" line="+101"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OS user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::ChangeQueue</name>
    <message>
        <location filename="../app/changes/ChangeQueue.cpp" line="+244"/>
        <source>The pending changes come from the plan file %1. Apply it or clear the queue before queueing changes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This service does not accept PATCH, so a change would replace the whole user with the few attributes the console keeps. Plan it with scimdesk-cli from the full records instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User %1 is no longer in the loaded list: its change was left out. Load or look the user up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Group %1 is no longer in the loaded list: the membership change was left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::ChangesController</name>
    <message>
        <location filename="../ui/ChangesController.cpp" line="+67"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant %1 to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke %1 from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue: set the selected users inactive (they can no longer sign in; their documents stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue: set the selected users active again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue: delete the selected users on the service (cannot be undone once applied; deactivating is usually what you want)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add to group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove from &amp;group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Grant licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Queue deletion?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue 1 user for deletion?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue %1 users for deletion?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting removes the account on the service for good. Deactivating keeps it, and it can be reactivated. Nothing is sent until you apply the pending changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queue deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+143"/>
        <source>&amp;Review pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+143"/>
        <source>Pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-141"/>
        <source>A&amp;pply pending changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check, confirm and send the included changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ScimDesk plans (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 plan.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ScimDesk plans (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Finish interrupted apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan changes from an HR file (you can also drop the file on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;udit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Review pending changes (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending changes (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The selected users are in no loaded group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service lists no groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Group for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group for the %1 selected users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%L1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot queue changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Include a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exclude a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include %1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude %1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open the connection it was made for, then open the plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the pending changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 pending change(s) would be replaced by this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo (Ctrl+Z) brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+30"/>
        <location line="+33"/>
        <location line="+46"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Connect to the service first: an import is planned against its users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connect to the service the plan was made for first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Connect to the service first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connect to &quot;%1&quot; first: a revert reads the current state of what the run changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot plan the revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>revert of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is %3 now; the run left %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revert of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some of the run cannot be undone; see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) were made on the service since the run. They are in the plan unticked: tick one to overwrite it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScimDesk::Cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+15"/>
        <source>Usage: scimdesk-cli COMMAND [ARGS] [--help]

Provision and inspect users in SCIM 2.0 services (Lucid and others) from scripts.

Commands:
  connection add NAME --url URL [--preset PRESET] [--token-stdin] [--page-size N|auto]
                             save a connection; the token goes to the OS keychain
  connection list [--json]   list saved connections
  connection test NAME [--json]
                             check reachability, token, capabilities, user count
  connection set NAME [--licence-group LICENCE=GROUP ...] [--licence-mode MODE]
                 [--page-size N|auto]
                             licences by attribute or by group; the page size
  connection remove NAME     delete a connection and its keychain token
  users list -c NAME [--filter EXPR] [--format table|csv|json]
  groups list -c NAME [--format table|csv|json]
                             every page printed as it arrives
  plan -c NAME --csv FILE --mode provision|deprovision|sync -o PLAN.json
       [--map &apos;HEADER=ATTRIBUTE&apos; ...] [--mapping TEMPLATE] [--match KEY]
       [--deprovision-action deactivate|delete] [--encoding E] [--delimiter D]
       [--skip-invalid] [--json]
                             turn an HR file into a plan (sends nothing)
  show PLAN.json             what a plan will send: counts, diffs, requests
  apply PLAN.json [--yes] [--concurrency N] [--allow-mass-deprovision N] [--json]
                             send a plan, verify it, record it in the audit log
  resume [-c NAME] [--yes]   finish an interrupted apply from its journal
  resume -c NAME --set-aside [--yes]
                             give up on an apply that cannot be finished
  audit -c NAME [--format csv|json]
                             what was applied to a connection
  audit -c NAME --runs [--format table|csv|json]
                             the applies (runs) to a connection
  revert -c NAME (--run RUN_ID | --last) -o PLAN.json [--delete-created]
         [--include-conflicts] [--json]
                             turn an applied run back into a plan (sends nothing)

The token is read from the OS keychain. For automation, set the environment
variable SCIMDESK_TOKEN instead; it is never written anywhere. Set
SCIMDESK_CONNECTION=NAME too, so that token is used for that connection only.

Exit codes: 0 ok; 1 some changes failed or were not applied; 2 usage or bad
input; 3 refused by a guard (nothing sent); 4 connection or authentication failure.
Run &apos;scimdesk-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Name a connection with -c NAME (&apos;scimdesk-cli connection list&apos; shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No connection named &quot;%1&quot; — &apos;scimdesk-cli connection list&apos; shows the saved ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No token is stored for &quot;%1&quot; — store one with &apos;scimdesk-cli connection add&apos; (after &apos;connection remove&apos;), or set SCIMDESK_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>scimdesk-cli: unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionCommands.cpp" line="+35"/>
        <source>Resources to ask for per page, or &apos;auto&apos; (the default): the largest page the service allows (its maxResults, at most %1), or what it serves when that is fewer, remembered for the connection. A number always wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>LICENCE=GROUP: membership in the group with displayName GROUP grants LICENCE (repeatable; an empty GROUP removes the licence&apos;s group). Switches the connection to licences by group, as Lucid accounts with organisational groups need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--licence-group takes LICENCE=GROUP, e.g. &apos;Lucidchart=Lucidchart users&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The preset &quot;%1&quot; knows no licences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown licence &quot;%1&quot;; this connection&apos;s licences are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The SCIM base URL, e.g. https://users.lucid.app/scim/v2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service preset: %1 (default: generic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the token from standard input (otherwise you are asked for it, without echo, on a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests in flight at once (default: the preset&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matching attribute: userName, externalId or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A userName that may never be deactivated or deleted (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deactivating or deleting more users than N at once needs confirming (default: 10 users or 5 % of the directory, whichever is smaller).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+145"/>
        <source>--page-size takes a positive number or &apos;auto&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-143"/>
        <source>--concurrency takes a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/ImportCommands.cpp" line="+90"/>
        <source>--match takes userName, externalId or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--deprovision-threshold takes a number of users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Token for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No terminal to ask for the token: pass it on standard input with --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token is empty; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The connection was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved connection &quot;%1&quot; (%2); its token is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A name for the connection, e.g. &quot;Lucid production&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save a connection to a SCIM service. The token is stored in the OS keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give exactly one NAME (quote it if it has spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--url URL is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown preset &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A connection named &quot;%1&quot; already exists — remove it first with &apos;scimdesk-cli connection remove&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>attribute: licences are the user&apos;s licence attributes; group: membership in each licence&apos;s group (set with --licence-group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change how a saved connection gives and takes away licences, or its page size. Sends nothing; the groups are checked against the service when a plan is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+118"/>
        <location line="+34"/>
        <source>Give exactly one connection NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Nothing to change: give --licence-group, --licence-mode or --page-size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--licence-mode takes attribute or group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licences by group need at least one --licence-group LICENCE=GROUP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; now reads the largest pages the service allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; now reads %2 resources a page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 → &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; now gives licences by group: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; now gives licences by attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+61"/>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-59"/>
        <source>List saved connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;connection list&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No connections yet; add one with &apos;scimdesk-cli connection add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PRESET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check that the service is reachable, the token is accepted, what the service supports, and how many users it lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete a saved connection and its token from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removed &quot;%1&quot;, but its token could not be deleted from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed connection &quot;%1&quot; and its token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Usage: scimdesk-cli connection add|list|test|set|remove ... (each takes --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use &apos;connection add&apos;, &apos;list&apos;, &apos;test&apos;, &apos;set&apos; or &apos;remove&apos; (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="-64"/>
        <source>The connection the plan is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV file (an HR export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>provision: create who is missing, update what differs, reactivate who is listed. deprovision: deactivate (or delete) everyone listed. sync: provision, and deactivate every active user the file leaves out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map a column: &apos;HEADER=ATTRIBUTE&apos;, ATTRIBUTE a SCIM path such as name.givenName or %1:department, or empty to ignore the column (repeatable; applied after automatic mapping and --mapping).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A mapping template saved for this connection in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matching key: userName (default, case-insensitive), externalId or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deactivate (default) or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deprovision: also revoke every licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reactivated user gets back no licences. By default they get back the licences they held when ScimDesk deactivated them (from the audit log) or, failing that, those ScimDesk last saw them hold while active, unless the file says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>utf-8, utf-16le, utf-16be or windows-1252 (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;,&apos;, &apos;;&apos;, &apos;tab&apos; or &apos;|&apos; (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan the valid rows even when others have errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/RevertCommands.cpp" line="+34"/>
        <source>Where to write the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/PlanCommands.cpp" line="+244"/>
        <location line="+109"/>
        <location filename="../app/cli/RevertCommands.cpp" line="+8"/>
        <source>Print the outcome as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--csv, --mode and -o are required (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--mode takes provision, deprovision or sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--deprovision-action takes deactivate or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--encoding takes utf-8, utf-16le, utf-16be or windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--delimiter takes &apos;,&apos;, &apos;;&apos;, &apos;tab&apos; or &apos;|&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No mapping template &quot;%1&quot; for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--map &apos;%1&apos;: no column &quot;%2&quot; in the file (columns: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--map &apos;%1&apos;: &quot;%2&quot; is not an attribute the importer can fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No column maps to userName or email: name one with --map &apos;HEADER=userName&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No column maps to %1, the matching key: name one with --map &apos;HEADER=%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+82"/>
        <location filename="../app/cli/PlanCommands.cpp" line="-267"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-80"/>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/RevertCommands.cpp" line="+102"/>
        <source>Plan written to %1: review it with &apos;scimdesk-cli show %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Turn a CSV file into a plan for review (&apos;show&apos;) and &apos;apply&apos;. Sends nothing: it only reads the directory. Exit codes: 0 plan written; 1 the directory could not be read as the file needs (the service failed, or groups are missing for a groups column); 2 bad input, including rows with errors (unless --skip-invalid); 4 connection or authentication failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 It says which licences reactivated users get back; pass --no-restore-licences to plan without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 The file has a groups column: try again, or leave it out with --map &apos;%2=&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 row(s) have errors; no plan was written. Fix them, or pass --skip-invalid to plan the other rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommands.cpp" line="+86"/>
        <source>The connection to read from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A SCIM filter, e.g. &apos;userName eq &quot;ada@example.com&quot;&apos;. Lucid accepts only &apos;eq&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output format: table, csv or json (default table). json prints one array of the SCIM resources, each exactly as the service sent it, one a line. Every format is printed page by page as the pages arrive, in the service&apos;s order; the table&apos;s columns are sized to the first page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>List every user the service lists (all pages, as large as the connection&apos;s page size allows). Lucid leaves deactivated users out of lists; look one up with --filter &apos;userName eq &quot;...&quot;&apos;. Exits 1 when the listing is known to be incomplete (fewer users than the service counts, duplicate ids, entries without an id); stderr says what is missing. When reading fails midway, the output stops there (JSON without its closing bracket, so that it cannot pass for a whole list) and the exit code says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List every group the service lists (all pages). Exits 1 when the listing is known to be incomplete; stderr says what is missing. When reading fails midway, the output stops there (JSON without its closing bracket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected argument &quot;%1&quot; (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/PlanCommands.cpp" line="+434"/>
        <source>--format takes table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The listing is incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: scimdesk-cli users list -c NAME [--filter EXPR] [--format table|csv|json] (see &apos;users list --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use &apos;users list -c NAME&apos; (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: scimdesk-cli groups list -c NAME [--format table|csv|json] (see &apos;groups list --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use &apos;groups list -c NAME&apos; (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ListingOutput.cpp" line="+177"/>
        <location line="+10"/>
        <source>Cannot write the output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="-487"/>
        <location line="+201"/>
        <source>A plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Show what a plan will do: counts, then for each change the attributes before and after, what its request does (read from the request itself, not from the change&apos;s label) and the exact request. Sends nothing. Exit codes: 0 shown; 2 the plan cannot be read (not a plan, a newer format, or changes that depend on each other in a cycle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+221"/>
        <source>Give exactly one PLAN.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Plan for &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No saved connection for this plan (&quot;%1&quot;, %2) — add it with &apos;scimdesk-cli connection add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Applied %1, failed %2, not applied by the service %3, skipped %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, waiting %1 s as the service asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--%1 takes a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--%1 takes a number of users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Review the plan, then pass --allow-mass-deprovision %1 to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not applying without confirmation: run it on a terminal, or pass --yes after reviewing the plan with &apos;scimdesk-cli show&apos;. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply %1 change(s) to &quot;%2&quot;? [y/N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not applied; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Apply without asking (scripts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests in flight at once (default: the connection&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow deactivating or deleting up to N users (needed above 10 users or 5 % of the directory, whichever is smaller).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply a plan: send its changes, read them back to verify, and record each in the audit log. Checked in this order, nothing sent when one refuses: no other apply is running or unfinished; the plan is for this service; every request stays inside the service&apos;s base path on its Users or Groups endpoint; every request does what its change claims (kind, target id, the attributes shown); the guards, judged on what the requests do, spare protected accounts (by userName and id); mass deprovisioning is confirmed; then --yes or your answer. The apply stops sending (or sends nothing) when its journal or audit log cannot be written. Exit codes: 0 all applied and verified; 1 some failed or were not applied, or the apply&apos;s record could not be kept; 2 bad input or plan (including requests outside the service, inconsistent or cyclic plans); 3 refused by a guard (nothing sent); 4 connection or authentication failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Nothing to set aside: every apply to &quot;%1&quot; finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The interrupted apply to &quot;%1&quot; will not be finished: %2 of %3 changes were done and %4 were in flight when it stopped, and those are not checked on the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not setting it aside without confirmation: pass --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set its journal aside? [y/N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal was set aside as %1. &quot;%2&quot; is free for the next apply; list its users to see what the interrupted apply changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only this connection (default: every one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not finish the interrupted apply of --connection: keep its journal under another name and free the connection. For an apply that cannot be finished (its journal cannot be read, or its plan is refused); sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finish an apply that was interrupted (a crash, a kill, a lost connection): changes that were in flight are read back from the service and sent again only if they did not happen; nothing is applied twice. Exit codes: 0 all applied and verified, nothing to resume, or set aside; 1 some failed or were not applied, or the apply&apos;s record could not be kept; 2 a journal cannot be read (it is kept: --set-aside frees the connection), or its plan fails the same checks as apply (outside the service, inconsistent); 3 not confirmed, a protected account, or another program is applying or finished it meanwhile (nothing sent); 4 connection or authentication failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--set-aside needs --connection: the connection whose interrupted apply is to be given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If it cannot be finished, &apos;scimdesk-cli resume -c &quot;%1&quot; --set-aside&apos; keeps the journal aside and frees the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interrupted apply to &quot;%1&quot;: %2 of %3 changes done, %4 in flight when it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not continuing without confirmation: pass --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue? [y/N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not continued; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing to resume: every apply finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STARTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHANGES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No runs yet: every apply from now on is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../app/cli/RevertCommands.cpp" line="-116"/>
        <source>The connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv or json; with --runs also table (the default there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the runs (one per apply; a resumed apply continues its run) instead of every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the audit log of a connection: every applied change. Exit codes: 0 printed; 1 the log cannot be read; 2 bad input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--format takes csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RevertCommands.cpp" line="+2"/>
        <source>The run to revert (its id, from &apos;audit --runs&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert the newest run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the users the run created (by default they are deactivated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also revert what was changed on the service since the run, overwriting it (by default such changes are listed and left out of the plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turn an applied run back into a plan for review (&apos;show&apos;) and &apos;apply&apos;: deactivations become reactivations with the licences the users held, updates go back to the previous values, licence and membership changes are reversed, created users are deactivated and deleted users created again (as new accounts). What was changed on the service since the run is a conflict: listed and left out. Sends nothing: it only reads the service. Exit codes: 0 plan written; 1 the service could not be read; 2 bad input (an unknown run); 4 connection or authentication failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name the run: --run RUN_ID (see &apos;scimdesk-cli audit -c NAME --runs&apos;), or --last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say where to write the plan: -o PLAN.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The audit log of &quot;%1&quot; holds no runs to revert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit log of &quot;%1&quot; has no run &quot;%2&quot;: list them with &apos;scimdesk-cli audit -c &quot;%1&quot; --runs&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>conflict: %1: %2 is %3 now; the run left %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>included: it will be overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out; --include-conflicts overwrites it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revert of run %1 (%2, %3): %4 to create, %5 to update, %6 to reactivate, %7 to deactivate, %8 to delete, %9 already as before the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>, %1 conflict(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::ConnectionDialog</name>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="+46"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection settings — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad&amp;vanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>e.g. Lucid production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Paste the SCIM bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token stored in the keychain — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token is kept only in the OS keychain. It is never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCIM token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic: the largest the service allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One user name per line: accounts that may never be deactivated or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protected accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>10 users or 5 % of the directory, whichever is smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivating or deleting more users than this at once needs a typed confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Users per page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match users by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm deprovisioning above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>By &amp;attribute (the user&apos;s licence settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By &amp;group (membership in a group grants the licence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Propose from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deactivating a user takes their licences away on this service, as its answers to an earlier apply showed. Previews of deactivations list the licences each user loses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deactivating a user leaves their licences as they are on this service, as its answers to an earlier apply showed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deactivating a user takes their licences away (as the service documents). Previews of deactivations list the licences each user loses; ScimDesk checks this against what the service answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whether deactivating a user takes their licences away here is not known yet: ScimDesk learns it from the first deactivation of a user with licences that it applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>No group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group granting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The displayName of the group whose members get %1, exactly as the service spells it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>For each licence, choose the group whose members are exactly the active users holding it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this connection and let its users load: the groups are proposed from them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Only part of the directory is loaded (%L1 users, %L2 groups): check the proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the groups, then Save: nothing changes until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 Choose the group that grants each licence (as set in the service&apos;s admin panel), then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Check the groups, then Save: nothing changes until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Paste the token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A connection named &quot;%1&quot; already exists — choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paste the token: a connection needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Licences by group need a group for at least one licence: choose or type the group that grants it (Licences tab), or choose By attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Storing the token in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::ConnectionOverview</name>
    <message>
        <location filename="../ui/ConnectionOverview.cpp" line="+23"/>
        <source>Connection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Users listed by the service: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licences: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User extensions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About this service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discovery took %L1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::ConnectionSession</name>
    <message>
        <location filename="../app/connections/ConnectionSession.cpp" line="+13"/>
        <source>No connection — add one with Connection &gt; New connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <location line="+27"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1: reading the token from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::CsvTableModel</name>
    <message>
        <location filename="../app/csv/CsvTableModel.cpp" line="+74"/>
        <source>Untick to leave row %1 out of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::DetailsPane</name>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="+28"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCIM id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Raw SCIM JSON (as the service returns it now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raw SCIM JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Select a user to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The selected user is no longer loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (deactivated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pending (not sent yet): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This service does not describe licences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a member of any loaded group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the user from the service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not read the user: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::Directory</name>
    <message>
        <location filename="../app/directory/Directory.cpp" line="+217"/>
        <source>Groups could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups are incomplete: loading was stopped before all were read. Press F5 to load everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Loading users… %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all %L1 users loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(groups incomplete: F5 loads them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partial list: loading was cancelled after %L1 of %L2 users — press F5 to load everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incomplete list (%L1 of %L2 users): %3 Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::GroupMembersModel</name>
    <message>
        <location filename="../app/directory/GroupModels.cpp" line="+195"/>
        <source>Deactivated: the service no longer lists this user (Lucid hides deactivated users); this is who the console saw before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This member is not among the loaded users: it may be outside the server-side filter, or the service leaves it out of lists (Lucid hides deactivated users). Look it up by user name on the Users page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(not loaded: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated (not listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::GroupTableModel</name>
    <message>
        <location line="-100"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::GroupsPage</name>
    <message>
        <location filename="../ui/GroupsPage.cpp" line="+34"/>
        <location line="+53"/>
        <source>Select a group to see its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Members of the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 — members: %L2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::ImportConflictDialog</name>
    <message>
        <location filename="../ui/ImportConflictDialog.cpp" line="+62"/>
        <source>The file&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pending changes and %1 disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 user in %1 already has pending changes that the file contradicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 users in %2 already have pending changes that the file contradicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything else in the file joins the pending changes. For each user below, tick &quot;What stays&quot; to use the file&apos;s changes instead of the pending ones (Space ticks the current row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Users whose pending changes the file contradicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Keep all pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the &amp;file for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add with these choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back to the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is added; the import keeps your fixes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::ImportDialog</name>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="+114"/>
        <source>Also revoke their licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import CSV — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Looking up %L1 user(s) the service does not list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the file HR sent (CSV or Excel &quot;Unicode text&quot;), or drop it on the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>UTF-16 LE (Excel Unicode text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows-1252 (Western)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipe |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file&apos;s rows; edit a cell to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>User name (case-insensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match users by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What the file means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Provision: create who is missing, update what differs, reactivate who is listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;eprovision: everyone listed loses access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync: the file is the complete list — also deprovision every active user it leaves out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deactivate (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete (permanent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deprovision by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What will change, per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave the selected rows &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows with errors are not planned. Press Enter or double-click one to fix it in the file&apos;s grid, or leave it out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+171"/>
        <source>&amp;What will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+171"/>
        <source>Rows with e&amp;rrors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Import a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 rows and %L2 columns; read as %3, separated by &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… and %L1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose a file with a header row and at least one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map a column to the matching key (user name, email or external ID) on the Columns step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%L1 to deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This takes access away from %L1 users, more than this connection&apos;s limit of %L2: check the red rows below. Applying will ask you to type a confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 user in the file already has pending changes that the file contradicts: you choose which stay when you add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 users in the file already have pending changes that the file contradicts: you choose which stay when you add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pending changes are the plan file %1: adding the import replaces it (you are asked first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;What will change (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows with e&amp;rrors (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Only %L1 of %L2 users are loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only %L1 users are loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Users are still loading: the outcome is worked out once they are all in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (loading was stopped): users not loaded would look new, and a sync could not see who is missing. Close this dialog, load everything (F5), then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: loading failed. %2 Close this dialog, load everything (F5), then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the users matching the filter %1 are loaded. Close this dialog, choose Show all on the Users page, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file has a groups column: load the groups first, or set that column to &quot;(ignore)&quot; on the Columns step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Replace the opened plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pending changes are the plan file %1, which cannot take other changes. Replace it with this import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo (Ctrl+Z) brings the plan back. Cancel returns to the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Step 1 of 3 — the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step 2 of 3 — the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3 of 3 — what will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (to use it for the next file like this):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::ImportMappingModel</name>
    <message>
        <location filename="../app/csv/ImportMappingModel.cpp" line="+38"/>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Attribute for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::ImportSession</name>
    <message>
        <location filename="../app/changes/ImportSession.cpp" line="+104"/>
        <source>Mapped with the saved mapping &quot;%1&quot;, made for a file with these columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Found by looking up (not listed by the service): %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::LicenceSummaryWidget</name>
    <message>
        <location filename="../ui/LicenceSummaryWidget.cpp" line="+46"/>
        <source>Licence summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click the coloured part of a bar to list the licence&apos;s holders on the Users page, or the grey part to list the active users without it. The buttons beside each bar do the same from the keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2 of %3 active users hold it, %4 do not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No connection is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This service does not describe licences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licences held by active users (%L1 active users loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No granting group is set for it in this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Granted by group “%1” (%2 members).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No group grants it (group “%1” not found on the service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No group grants it (group “%1” not found on the service; “%2” is, but the name must match exactly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Granted by group “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted by group “%1” (not all groups could be read, so whether it exists is not known).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Show holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show users without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 licence bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the active users holding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the active users without %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the active users holding %1 on the Users page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the active users without %1 on the Users page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Click the coloured part to list the %1 holders of %2 on the Users page, the grey part to list the %3 active users without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%L1 of %L2 active users hold it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holders: %L1 (%2%)  ·  Active users without it: %L3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::ListPageScanner</name>
    <message>
        <location filename="../app/scim/ListPage.cpp" line="-347"/>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>garbage after the JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>missing &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>missing &apos;:&apos; after a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+18"/>
        <source>too deeply nested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+20"/>
        <source>illegal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>illegal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>illegal UTF-8 sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>illegal escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+58"/>
        <location line="+269"/>
        <source>ScimDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-251"/>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+508"/>
        <source>&amp;Pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-507"/>
        <source>C&amp;onnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Users selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a SCIM service: its URL and token (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the URL, token or limits of this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export view to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the users as they are filtered and sorted, with the visible columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load users and groups again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Stop loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop loading; the rows loaded so far stay, marked as partial (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Details pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show or hide the selected user&apos;s details beside the table (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Using ScimDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About ScimDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No saved connection for the plan &quot;%1&quot; (%2) — add one with Connection &gt; New connection (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No connection yet — add one with Connection &gt; New connection (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Switching to &quot;%1&quot; drops them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 — ScimDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%L1 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users shown: %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export users to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 users.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a byte-order mark (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %L1 users to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Using ScimDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;Using ScimDesk&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Connections.&lt;/b&gt; New connection (the toolbar, or Connection &amp;gt; New connection, Ctrl+N) asks for the service&apos;s SCIM base URL and bearer token. The token goes to the OS keychain and is never shown again; Connection settings can replace it. Test connection reports what the service supports and how many users it lists. Its Licences tab says whether licences go by attribute (the user&apos;s licence settings) or by group (membership in a group grants each licence, as on Lucid accounts with organisational groups), and proposes each licence&apos;s group from the directory: the group whose members are exactly its active holders. When the service ignored licence changes, the apply window offers these settings.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Users.&lt;/b&gt; Rows appear as pages arrive; Esc stops loading (the list is then marked partial) and F5 loads again. Type in the search box (Ctrl+F) to filter the loaded users; click a column header to sort. &quot;On the service&quot; asks the service itself for an exact match — the way to find users a list leaves out, such as deactivated Lucid users; it clears the search so that nothing hides what it finds. Down goes from the search box to the table; the status bar counts the selected users. Right-click a header or use View &amp;gt; Columns to choose columns; they, the column widths and the panes are remembered per connection.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Details.&lt;/b&gt; Selecting a user shows what is pending for it, its attributes, licences, groups and the raw SCIM JSON as the service returns it now (Copy JSON); it follows the user through an apply. F9 (View &amp;gt; Details pane) hides or shows the pane.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Groups and Licences.&lt;/b&gt; Groups lists each group&apos;s members. Licences shows, per product, how many active users hold it and how many do not, and the group that grants it when licences go by group. Click a bar&apos;s coloured or grey part (or Show holders, Show users without it) to list those users on the Users page; the chip by the search box shows the filter, and its &amp;#x2715; clears it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pending changes.&lt;/b&gt; Select users, then use the Changes menu or the right-click menu (also Shift+F10 or the Menu key): Deactivate (Ctrl+D), Reactivate, Delete, Grant or Revoke a licence, Add to or Remove from a group. Nothing is sent yet, and Ctrl+Z / Ctrl+Shift+Z undo and redo. In the users table, a cell a pending change will change reads before &amp;rarr; after, in italics on amber. The Pending changes page (Ctrl+R) shows each change before &amp;rarr; after and the exact request; untick a change to leave it out. By group, a licence grant or revoke is a membership change of the licence&apos;s group. A deactivation says which licences the service takes away, and a reactivation gives back those ScimDesk recorded (or last saw the user hold), in a change of its own you can untick. Apply (Ctrl+Shift+A) checks that no other window or scimdesk-cli is applying to the connection, then the guards, asks for confirmation (typed, when many users would be deprovisioned; separately, for deletes), then shows progress and what did not apply. Plans can be saved and opened (Ctrl+S, Ctrl+O, or drop the file on the window) to share with &lt;tt&gt;scimdesk-cli&lt;/tt&gt;. An apply that was interrupted is offered to be finished when the connection opens; nothing is sent twice. One that cannot be finished (its journal cannot be read, or its plan is refused) can be set aside, which frees the connection. Changes &amp;gt; Audit log lists every apply (run) and its changes, and exports them. Revert run… there plans the opposite of a run (or of its selected changes) for review: deactivated users come back with their licences, updates go back to what they were; what someone changed on the service since is left unticked.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Import CSV.&lt;/b&gt; Ctrl+I, or drop the file on the window: check the preview (encoding and delimiter are detected; the row numbers are the spreadsheet&apos;s), the columns and what each fills (save the mapping for next time), then choose provision, deprovision or sync and read the outcome: the counts (what takes access away in red, with a warning past the connection&apos;s limit) and every change per user, which opens to its attributes before &amp;rarr; after. Fix a row with errors in the grid (Enter on an error goes there) or leave it out, then Add to pending changes: the import joins what is pending. A user both change gets one change with both; where the file and a pending change disagree, you choose for each user which stays, and going back keeps everything you did in the import. A mapping you saved is used at once for a file with the same columns; German, French, Spanish and Dutch headers are recognised. New users get a display name from their given and family names unless the file gives one. The outcome needs every user loaded: while users load, the dialog waits for them; when only some are (stopped, or filtered on the service) it says what to do.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Export.&lt;/b&gt; Ctrl+E saves the users as filtered and sorted, with the visible columns, as CSV (optionally with a byte-order mark for Excel). Values that a spreadsheet would run as formulas are neutralised.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Opening files.&lt;/b&gt; &lt;tt&gt;scimdesk FILE&lt;/tt&gt;, or Open with ScimDesk in a file manager, opens a CSV in the import dialog and a plan in Pending changes (a plan opens the connection it was made for).&lt;/p&gt;&lt;p&gt;The same is available to scripts through &lt;tt&gt;scimdesk-cli&lt;/tt&gt; (see &lt;tt&gt;scimdesk-cli --help&lt;/tt&gt;).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>About ScimDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ScimDesk %1&lt;/h3&gt;&lt;p&gt;Provision and deprovision users and licences in SaaS applications over SCIM 2.0.&lt;/p&gt;&lt;p&gt;Tokens are kept in the OS keychain only.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Discard pending changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 pending change(s) have not been applied. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the plan (Changes &gt; Save plan) to keep them for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Pending changes (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quitting drops them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::PagedReader</name>
    <message>
        <location filename="../app/scim/PagedReader.cpp" line="+138"/>
        <source>a list response without totalResults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+178"/>
        <source>%1 requests for %2 resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The service reported %L1 but %L2 arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%L1 missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 entries had no id and were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%L1 ids came more than once: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its list ends after %L1 entries, so its count cannot be true and this listing may be incomplete. Report this to the service&apos;s vendor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the directory changed while it was read — refresh to be sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service&apos;s list is inconsistent, so this listing is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::PlanDiffModel</name>
    <message>
        <location filename="../app/changes/PlanDiffModel.cpp" line="+61"/>
        <source>Work email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%L1 attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>User or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::PlanModel</name>
    <message>
        <location filename="../app/changes/PlanModel.cpp" line="+32"/>
        <source>%1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 — %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %L2 of %L3 included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::ReadBackVerifier</name>
    <message>
        <location filename="../app/changes/ReadBackVerifier.cpp" line="+108"/>
        <source>%1 is not a member of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is still a member of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is %2 on the service, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the user still exists on the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the group still exists on the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the resource is gone from the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not applied by the service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>joined %1, but %2 does not hold %3: check that the group grants %3 in the service&apos;s admin panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>left %1, but %2 still holds %3: another group or the service&apos;s admin panel grants it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+121"/>
        <source>applied, but could not be read back to check: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::RevertPlanner</name>
    <message>
        <location filename="../app/audit/RevertPlanner.cpp" line="+245"/>
        <source>revert of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A new account with a new id: the user&apos;s history and documents on the service are not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conflict: changed since the run (%1). Tick it to overwrite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is no longer on the service: its change (%2) is not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The group &quot;%1&quot; the run created is left in place: members have joined it since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 was deleted, but the audit log holds no record of the account to create it again from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 is %2 now, not %3 as the run left it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::ReviewPage</name>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="+33"/>
        <source>&amp;Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove from queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Search the plan: user, group, request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The selected change and its request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take the selected changes out of the queue (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No pending changes. Select users on the Users page and choose what to do from the Changes menu or the right-click menu — or open a plan made with scimdesk-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — for &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>work email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>core schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Asked for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excluded: it will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent with the connection&apos;s bearer token, which never appears in a plan or a log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select a change to see exactly what will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 change(s). Select one to see exactly what will be sent; untick the box to leave them all out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::ScimClient</name>
    <message>
        <location filename="../app/scim/ScimClient.cpp" line="+159"/>
        <source>the request %1 does not resolve below %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+175"/>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::ServiceDiscovery</name>
    <message>
        <location filename="../app/scim/ServiceDiscovery.cpp" line="+50"/>
        <source>/Schemas could not be read (%1); attributes are assumed from the preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>/ResourceTypes could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a list response without totalResults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::UserTableModel</name>
    <message>
        <location filename="../app/directory/UserTableModel.cpp" line="+243"/>
        <location line="+25"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+25"/>
        <location filename="../ui/UsersPage.cpp" line="+474"/>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <location filename="../ui/UsersPage.cpp" line="+0"/>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pending (not sent yet): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No %1 licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDesk::UsersPage</name>
    <message>
        <location filename="../ui/UsersPage.cpp" line="-369"/>
        <source>Search loaded users (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filters the loaded users as you type; Down goes to the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Attribute to look up on the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>equals… (asks the service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value to look up on the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the service for users whose attribute equals this value — finds users the list leaves out, such as deactivated Lucid users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load every listed user again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>On the service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Clear the licence filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the licence filter: show every loaded user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Licence: %1 holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence filter: active users holding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence: without %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence filter: active users without %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Showing only users matching %1 on the service. &quot;Show all&quot; loads everyone again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This service does not list deactivated users. To find one, look it up by user name on the service above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service lists no users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No user matches on the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimError</name>
    <message>
        <location filename="../app/scim/ScimError.cpp" line="+41"/>
        <source>Not sent: the request would leave the service&apos;s base path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service URL is not valid — check the base URL in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service URL must use https:// (plain http is allowed only for this computer, e.g. http://127.0.0.1) — correct the base URL in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service&apos;s host name could not be found — check the base URL and your network or DNS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service refused the connection — check the base URL and port, and that the service is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to the service was closed before it answered — try again; if it keeps happening, check your network or proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure connection could not be established (TLS/certificate error) — check the URL, the system time and any proxy that inspects HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service did not answer in time — try again later, or lower the concurrency in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A network error occurred — check your connection and proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No token is stored for this connection — add one in the connection settings (or set SCIMDESK_TOKEN for the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token was rejected (401) — replace it in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token was rejected (403): it lacks permission for this — replace it in the connection settings with an admin token for this SCIM integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found (404) — the resource no longer exists, or the base URL is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already exists (409): the service has a resource with this unique value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service refused the change because of a conflict (409).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed since it was read (412) — reload and review the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service refused the change (424): an add-on licence needs an active base licence — grant the base licence first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service does not accept this filter (400 invalidFilter) — this service may support only simple &apos;attribute eq value&apos; filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service rejected the request as invalid (400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service&apos;s answer is not valid JSON — check the base URL; it may not point at a SCIM endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer is a web page, not SCIM data — a proxy or login page may be in the way, or the base URL is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+225"/>
        <source>The service is rate limiting requests (429); it asked to wait %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service is rate limiting requests (429) — wait, or lower the concurrency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service had an internal error (%1) — try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service&apos;s pages do not add up to its list (%1) — try a smaller page size in the connection settings, or a server-side filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service&apos;s answer is larger than %1, more than any SCIM page or resource should be, so ScimDesk stopped reading it — try a smaller page size in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Service said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[scimType: %1]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCapabilities</name>
    <message>
        <location filename="../app/scim/ServiceCapabilities.cpp" line="+113"/>
        <source>The service has no /ResourceTypes; using the %1 preset&apos;s endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service&apos;s /Schemas does not describe licences; assuming %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>bulk (max %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>filter (max %1 per page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; no %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../app/csv/TableExport.cpp" line="+21"/>
        <location line="+21"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenResult</name>
    <message>
        <location filename="../app/secrets/KeychainTokenStore.cpp" line="+85"/>
        <source>No token is stored for this connection — add it in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain is available to hold the token. On Linux, install and start a Secret Service provider (gnome-keyring or KeePassXC with Secret Service enabled) and unlock it; ScimDesk never stores tokens in a plain file. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Access to the keychain was denied — unlock the keychain and allow ScimDesk to use it. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain reported an error: %1 — check that the keychain (on Linux, the Secret Service: gnome-keyring or KeePassXC) is running and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserAttributes</name>
    <message>
        <location filename="../app/scim/UserAttributes.cpp" line="+48"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name (userName)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+1"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employee number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups (names separated by ;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="+18"/>
        <source>Open this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Desktop console for provisioning users and licences over SCIM 2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A CSV file to import, or a plan (.json) to review; a plan opens the connection it was made for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
