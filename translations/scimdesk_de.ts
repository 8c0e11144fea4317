<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApplyEstimate</name>
    <message>
        <location filename="../app/changes/ApplyEstimate.cpp" line="+125"/>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>etwa %n Stunde</numerusform>
            <numerusform>etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n day(s)</source>
        <translation>
            <numerusform>etwa %n Tag</numerusform>
            <numerusform>etwa %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>applying %Ln change(s) and reading them back takes %1</source>
        <translation>
            <numerusform>%Ln Änderung anzuwenden und zurückzulesen dauert %1</numerusform>
            <numerusform>%Ln Änderungen anzuwenden und zurückzulesen dauert %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>applying %Ln change(s) takes %1</source>
        <translation>
            <numerusform>%Ln Änderung anzuwenden dauert %1</numerusform>
            <numerusform>%Ln Änderungen anzuwenden dauert %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>%1 allows %2: %3.</source>
        <translation>%1 erlaubt %2: %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln request(s) at once</source>
        <translation>
            <numerusform>%Ln Anfrage gleichzeitig</numerusform>
            <numerusform>%Ln Anfragen gleichzeitig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within %1&apos;s published limits, %2.</source>
        <translation>Innerhalb der veröffentlichten Limits von %1: %2.</translation>
    </message>
</context>
<context>
    <name>ApplyJournal</name>
    <message>
        <location filename="../app/changes/ApplyJournal.cpp" line="+98"/>
        <source>Cannot read the apply journal %1: %2</source>
        <translation>Das Anwendungsjournal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The apply journal %1 cannot be read: %2</source>
        <translation>Das Anwendungsjournal %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Another window or scimdesk-cli is applying with the journal %1.</source>
        <translation>Ein anderes Fenster oder scimdesk-cli wendet gerade mit dem Journal %1 Änderungen an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The journal %1 holds an apply that did not finish.</source>
        <translation>Das Journal %1 enthält einen Anwendungslauf, der nicht abgeschlossen wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot remove the apply journal %1.</source>
        <translation>Das Anwendungsjournal %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no apply journal to set aside: the last apply finished.</source>
        <translation>Es gibt kein Anwendungsjournal zum Beiseitelegen: Der letzte Anwendungslauf wurde abgeschlossen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot rename the apply journal %1 to %2.</source>
        <translation>Das Anwendungsjournal %1 kann nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot lock the apply journal %1: the folder cannot be written (permissions or disk).</source>
        <translation>Das Anwendungsjournal %1 kann nicht gesperrt werden: In den Ordner kann nicht geschrieben werden (Berechtigungen oder Datenträger).</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+8"/>
        <location line="+40"/>
        <source>Cannot write the apply journal %1: %2</source>
        <translation>Das Anwendungsjournal %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="+31"/>
        <location line="+45"/>
        <location line="+98"/>
        <source>Cannot write the audit log %1: %2</source>
        <translation>Das Audit-Protokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-27"/>
        <source>%Ln applied</source>
        <translation>
            <numerusform>%Ln angewendet</numerusform>
            <numerusform>%Ln angewendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln not applied by the service</source>
        <translation>
            <numerusform>%Ln vom Dienst nicht angewendet</numerusform>
            <numerusform>%Ln vom Dienst nicht angewendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln Konflikt</numerusform>
            <numerusform>%Ln Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln übersprungen</numerusform>
            <numerusform>%Ln übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CSV file %1</source>
        <translation>CSV-Datei %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revert of run %1</source>
        <translation>Rücknahme von Lauf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the console</source>
        <translation>die Konsole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a plan</source>
        <translation>ein Plan</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot read the audit log %1: %2</source>
        <translation>Das Audit-Protokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <location filename="../app/changes/Change.cpp" line="+24"/>
        <source>Create user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update user</source>
        <translation>Benutzer aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update user</source>
        <translation>Benutzer aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deactivate</source>
        <translation>deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reactivate</source>
        <translation>reaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant licence</source>
        <translation>Lizenz vergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grant licence</source>
        <translation>Lizenz vergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke licence</source>
        <translation>Lizenz entziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoke licence</source>
        <translation>Lizenz entziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to group</source>
        <translation>Zur Gruppe hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add to group</source>
        <translation>zur Gruppe hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from group</source>
        <translation>Aus Gruppe entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove from group</source>
        <translation>aus Gruppe entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create group</source>
        <translation>Gruppe anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create group</source>
        <translation>Gruppe anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand over documents</source>
        <translation>Dokumente übergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hand over documents</source>
        <translation>Dokumente übergeben</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Grant %1 — add to group</source>
        <translation>%1 vergeben — zur Gruppe hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke %1 — remove from group</source>
        <translation>%1 entziehen — aus Gruppe entfernen</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>change %1 is not a hand-over of documents</source>
        <translation>Änderung %1 ist keine Übergabe von Dokumenten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>change %1 does not say whose documents go to whom</source>
        <translation>Änderung %1 gibt nicht an, wessen Dokumente an wen gehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change %1 hands %2&apos;s documents to %3 in review, but its request is %4 %5</source>
        <translation>Änderung %1 übergibt in der Überprüfung die Dokumente von %2 an %3, ihre Anfrage ist aber %4 %5</translation>
    </message>
    <message>
        <location line="+281"/>
        <source>a change without an id</source>
        <translation>eine Änderung ohne ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change %1 has an unknown kind &quot;%2&quot;</source>
        <translation>Änderung %1 hat eine unbekannte Art „%2“</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>change %1 has no valid request</source>
        <translation>Änderung %1 hat keine gültige Anfrage</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+76"/>
        <source>
Unattended runs (a systemd timer, say): the commands that connect also take
--token-file FILE, a file only its owner can read or a systemd credential.
</source>
        <translation>
Für unbeaufsichtigte Ausführung (etwa per systemd-Timer) nehmen die Befehle, die sich
verbinden, auch --token-file FILE: eine Datei, die nur ihr Besitzer lesen kann, oder ein
systemd-Credential.
</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../app/connections/ConnectionStore.cpp" line="+144"/>
        <source>The base URL must not contain a user name or password (user:password@): the service is reached with the connection&apos;s token, which is kept in the keychain. Remove the credentials from the URL.</source>
        <translation>Die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten (user:password@): Der Dienst wird mit dem Token der Verbindung erreicht, das im Schlüsselbund liegt. Entfernen Sie die Zugangsdaten aus der URL.</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <location filename="../app/scim/ServiceDiscovery.cpp" line="+17"/>
        <source>Connected. %1.</source>
        <translation>Verbunden. %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Users listed: %L1.</source>
        <translation>Aufgelistete Benutzer: %L1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licences: %1.</source>
        <translation>Lizenzen: %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <location filename="../app/connections/ConnectionStore.cpp" line="+113"/>
        <source>A connection needs a name.</source>
        <translation>Eine Verbindung braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A connection needs a valid id.</source>
        <translation>Eine Verbindung braucht eine gültige ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A connection named &quot;%1&quot; already exists — choose another name or remove it first.</source>
        <translation>Eine Verbindung namens „%1“ gibt es bereits — wählen Sie einen anderen Namen oder entfernen Sie sie zuerst.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../app/csv/CsvReader.cpp" line="+104"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row %4: the header &quot;%1&quot; appears more than once; column %2 is called &quot;%1 (%3)&quot;.</source>
        <translation>Zeile %4: Die Spaltenüberschrift „%1“ kommt mehrfach vor; Spalte %2 heißt „%1 (%3)“.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Row %1 has %2 cells but the header has %3: the cells beyond column %3 are ignored.</source>
        <translation>Zeile %1 hat %2 Zellen, die Kopfzeile aber %3: Die Zellen nach Spalte %3 werden ignoriert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1 has %2 cells but the header has %3: the missing cells count as empty.</source>
        <translation>Zeile %1 hat %2 Zellen, die Kopfzeile aber %3: Die fehlenden Zellen gelten als leer.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file is larger than %1, the most ScimDesk imports at once. Split it into smaller files, or leave out the rows and columns the import does not need.</source>
        <translation>Die Datei ist größer als %1, das Höchste, was ScimDesk auf einmal importiert. Teilen Sie sie in kleinere Dateien auf oder lassen Sie die Zeilen und Spalten weg, die der Import nicht braucht.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Row %1: a quote is never closed; the rest of the file was read into one cell.</source>
        <translation>Zeile %1: Ein Anführungszeichen wird nie geschlossen; der Rest der Datei wurde in eine Zelle gelesen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The file has no header row: it is empty, or not a CSV file.</source>
        <translation>Die Datei hat keine Kopfzeile: Sie ist leer oder keine CSV-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1 is not valid UTF-8, so the file was read as Windows-1252, as Excel on Windows saves it. If names look wrong, choose the file&apos;s encoding.</source>
        <translation>Zeile %1 ist kein gültiges UTF-8, daher wurde die Datei als Windows-1252 gelesen, wie Excel unter Windows sie speichert. Wenn Namen falsch aussehen, wählen Sie die Kodierung der Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1 is not valid %2: what cannot be read shows as �. Choose the file&apos;s encoding, or fix the row.</source>
        <translation>Zeile %1 ist kein gültiges %2: Was nicht gelesen werden kann, erscheint als �. Wählen Sie die Kodierung der Datei oder korrigieren Sie die Zeile.</translation>
    </message>
</context>
<context>
    <name>Guards</name>
    <message>
        <location filename="../app/changes/Guards.cpp" line="+43"/>
        <source>This plan was made for %1, not for &quot;%2&quot; (%3); nothing was sent.</source>
        <translation>Dieser Plan wurde für %1 erstellt, nicht für „%2“ (%3); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Change %1 would send its request outside the service: %2. The plan was refused; nothing was sent.</source>
        <translation>Änderung %1 würde ihre Anfrage außerhalb des Dienstes senden: %2. Der Plan wurde abgelehnt; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+13"/>
        <source>The plan is inconsistent: %1. It may have been edited; make it again. Nothing was sent.</source>
        <translation>Der Plan ist widersprüchlich: %1. Er wurde möglicherweise bearbeitet; erstellen Sie ihn neu. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The plan would deactivate or delete protected accounts (%1); exclude those changes first. Nothing was sent.</source>
        <translation>Der Plan würde geschützte Konten deaktivieren oder löschen (%1); schließen Sie diese Änderungen zuerst aus. Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <location filename="../app/csv/ImportMapping.cpp" line="+88"/>
        <source>Licence: %1 (yes/no)</source>
        <translation>Lizenz: %1 (ja/nein)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No column maps to userName: the email column (%1) is used as userName.</source>
        <translation>Keine Spalte ist userName zugeordnet: Die E-Mail-Spalte (%1) wird als userName verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignored columns: %1.</source>
        <translation>Ignorierte Spalten: %1.</translation>
    </message>
</context>
<context>
    <name>ImportMerge</name>
    <message>
        <location filename="../app/changes/ImportMerge.cpp" line="+156"/>
        <location line="+28"/>
        <source>deactivate</source>
        <translation>deaktivieren</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+25"/>
        <source>reactivate</source>
        <translation>reaktivieren</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>grant %1</source>
        <translation>%1 vergeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>revoke %1</source>
        <translation>%1 entziehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add to group %1</source>
        <translation>zur Gruppe %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove from group %1</source>
        <translation>aus der Gruppe %1 entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>holds %1</source>
        <translation>hat %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without %1</source>
        <translation>ohne %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep them: row %1 lists them</source>
        <translation>behalten: Zeile %1 führt sie auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep them, %1: row %2 lists them</source>
        <translation>behalten, %1: Zeile %2 führt sie auf</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <location filename="../app/changes/ImportRowParser.cpp" line="+76"/>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds an invisible control character (U+%2) at position %3, which would be sent as part of the value. Fix the cell in the file, or exclude the row.</source>
        <translation>%1 enthält ein unsichtbares Steuerzeichen (U+%2) an Position %3, das als Teil des Werts gesendet würde. Korrigieren Sie die Zelle in der Datei oder schließen Sie die Zeile aus.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 &quot;%2&quot; is not understood: use yes or no (also true/false, 1/0, x or empty).</source>
        <translation>%1 „%2“ wird nicht verstanden: Verwenden Sie ja oder nein (auch true/false, 1/0, x oder leer).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 &quot;%2&quot; is not understood: use yes or no.</source>
        <translation>%1 „%2“ wird nicht verstanden: Verwenden Sie ja oder nein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the connection gives licences by group, and no group grants %2. Name one in Connection settings or with &apos;scimdesk-cli connection set --licence-group&apos;, or leave the column out.</source>
        <translation>%1: Die Verbindung vergibt Lizenzen über Gruppen, und keine Gruppe vergibt %2. Nennen Sie eine in den Verbindungseinstellungen oder mit &apos;scimdesk-cli connection set --licence-group&apos;, oder lassen Sie die Spalte weg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the group &quot;%2&quot; that grants %3 is not on the service. Check its name in the service and in the connection&apos;s licence groups.</source>
        <translation>%1: Die Gruppe „%2“, die %3 vergibt, gibt es im Dienst nicht. Prüfen Sie ihren Namen im Dienst und in den Lizenzgruppen der Verbindung.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>unknown group(s): %1. Check the spelling, or create the group first.</source>
        <translation>
            <numerusform>unbekannte Gruppe: %1. Prüfen Sie die Schreibweise oder legen Sie die Gruppe zuerst an.</numerusform>
            <numerusform>unbekannte Gruppen: %1. Prüfen Sie die Schreibweise oder legen Sie die Gruppen zuerst an.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>userName &quot;%1&quot; looks like an email address but is not a valid one.</source>
        <translation>userName „%1“ sieht wie eine E-Mail-Adresse aus, ist aber keine gültige.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no %1, the matching key: fill it in or exclude the row.</source>
        <translation>kein %1, der Abgleichsschlüssel: Tragen Sie ihn ein oder schließen Sie die Zeile aus.</translation>
    </message>
    <message>
        <location filename="../app/changes/ImportPlanner.cpp" line="+175"/>
        <source>%1 &quot;%2&quot; appears on rows %3: the file is ambiguous. Keep one row.</source>
        <translation>%1 „%2“ steht in den Zeilen %3: Die Datei ist mehrdeutig. Behalten Sie eine Zeile.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 matches %2 users on the service (%3): match by user name, or make it unique on the service.</source>
        <translation>%1 passt zu %2 Benutzern im Dienst (%3): Gleichen Sie über den Benutzernamen ab oder machen Sie den Wert im Dienst eindeutig.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not in the file</source>
        <translation>nicht in der Datei</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+83"/>
        <location line="+92"/>
        <location line="+10"/>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Row %1: %2 is not on the service; nothing to do.</source>
        <translation>Zeile %1: %2 gibt es im Dienst nicht; nichts zu tun.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a protected account: it is not deprovisioned.</source>
        <translation>%1 ist ein geschütztes Konto: Seine Bereitstellung wird nicht aufgehoben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not deactivated: the service does not accept PATCH, and a PUT would replace the whole user.</source>
        <translation>%1 wird nicht deaktiviert: Der Dienst akzeptiert kein PATCH, und ein PUT würde den ganzen Benutzer ersetzen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no userName: a new user needs one.</source>
        <translation>kein userName: Ein neuer Benutzer braucht einen.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 is a protected account: it is never deactivated.</source>
        <translation>%1 ist ein geschütztes Konto: Es wird nie deaktiviert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 differs, but the service does not accept PATCH, and a PUT would replace attributes the file does not hold.</source>
        <translation>%1 weicht ab, aber der Dienst akzeptiert kein PATCH, und ein PUT würde Attribute ersetzen, die die Datei nicht enthält.</translation>
    </message>
    <message numerus="yes">
        <location line="+113"/>
        <source>%Ln row(s) excluded by you.</source>
        <translation>
            <numerusform>%Ln Zeile von Ihnen ausgeschlossen.</numerusform>
            <numerusform>%Ln Zeilen von Ihnen ausgeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln row(s) with errors</source>
        <translation>
            <numerusform>%Ln Zeile mit Fehlern</numerusform>
            <numerusform>%Ln Zeilen mit Fehlern</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%L1 to create</source>
        <translation>%L1 anzulegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 to update</source>
        <translation>%L1 zu aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 to reactivate</source>
        <translation>%L1 zu reaktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 to deactivate</source>
        <translation>%L1 zu deaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 to delete</source>
        <translation>%L1 zu löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 unchanged</source>
        <translation>%L1 unverändert</translation>
    </message>
</context>
<context>
    <name>LicenceGroupProposal</name>
    <message>
        <location filename="../app/directory/LicenceGroupProposal.cpp" line="+85"/>
        <source>“%1” for %2</source>
        <translation>„%1“ für %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several groups have exactly the holders of %1 (%2): choose one.</source>
        <translation>Mehrere Gruppen haben genau die Inhaber von %1 (%2): Wählen Sie eine.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Proposed from the directory: %1.</source>
        <translation>Aus dem Verzeichnis vorgeschlagen: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No group has exactly the active holders of %1.</source>
        <translation>Keine Gruppe hat genau die aktiven Inhaber von %1.</translation>
    </message>
</context>
<context>
    <name>LicenceHistory</name>
    <message>
        <location filename="../app/audit/LicenceHistory.cpp" line="+80"/>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner von %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot keep the licences seen in %1: %2</source>
        <translation>Die in %1 gesehenen Lizenzen können nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../app/scim/ListPage.cpp" line="+614"/>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>LucidRest</name>
    <message>
        <location filename="../app/lucid/LucidRest.cpp" line="+15"/>
        <source>&quot;%1&quot; has no OAuth client id for Lucid&apos;s REST API: register an OAuth app in Lucid&apos;s developer portal and give its client id.</source>
        <translation>„%1“ hat keine OAuth-Client-ID für die REST-API von Lucid: Registrieren Sie eine OAuth-App im Entwicklerportal von Lucid und geben Sie ihre Client-ID an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>authorisation</source>
        <translation>Autorisierungs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 address for Lucid&apos;s REST API is not valid: it must be an https address (http only on this computer) without a user name or password.</source>
        <translation>Die %1-Adresse für die REST-API von Lucid ist ungültig: Sie muss eine https-Adresse sein (http nur für diesen Computer), ohne Benutzernamen oder Passwort.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no explanation given</source>
        <translation>keine Erklärung angegeben</translation>
    </message>
</context>
<context>
    <name>OffboardPlanner</name>
    <message>
        <location filename="../app/people/OffboardPlanner.cpp" line="+52"/>
        <source>offboarding %1</source>
        <translation>Offboarding von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>their manager</source>
        <translation>ihre Führungskraft</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 names no manager with an email address on %2: their documents go to the account&apos;s default recipient.</source>
        <translation>%1 nennt in %2 keine Führungskraft mit E-Mail-Adresse: Die Dokumente gehen an den Standardempfänger des Kontos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is already deactivated on %2: nothing to do there.</source>
        <translation>%1 ist in %2 bereits deaktiviert: Dort ist nichts zu tun.</translation>
    </message>
</context>
<context>
    <name>PersonAccount</name>
    <message>
        <location filename="../app/people/PersonSearch.cpp" line="+76"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not searched</source>
        <translation>nicht durchsucht</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../app/changes/Plan.cpp" line="+46"/>
        <location filename="../app/changes/PlanFile.cpp" line="+22"/>
        <source>This is not a ScimDesk plan file.</source>
        <translation>Dies ist keine ScimDesk-Plandatei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This plan has a section per connection (an offboarding): review it with &apos;scimdesk-cli show&apos; and apply it with &apos;scimdesk-cli apply&apos;, or open it in the console.</source>
        <translation>Dieser Plan hat einen Abschnitt pro Verbindung (ein Offboarding): Überprüfen Sie ihn mit &apos;scimdesk-cli show&apos; und wenden Sie ihn mit &apos;scimdesk-cli apply&apos; an, oder öffnen Sie ihn in der Konsole.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plan uses format version %1; this ScimDesk reads up to version %2 — update ScimDesk.</source>
        <translation>Der Plan verwendet Formatversion %1; dieses ScimDesk liest bis Version %2 — aktualisieren Sie ScimDesk.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The plan does not say which service it is for.</source>
        <translation>Der Plan gibt nicht an, für welchen Dienst er ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The plan has a broken change: %1.</source>
        <translation>Der Plan enthält eine fehlerhafte Änderung: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan has two changes with the id %1.</source>
        <translation>Der Plan enthält zwei Änderungen mit der ID %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change %1 depends on %2, which is not in the plan.</source>
        <translation>Änderung %1 hängt von %2 ab, die nicht im Plan steht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change %1 depends on itself, so it could never be sent.</source>
        <translation>Änderung %1 hängt von sich selbst ab und könnte daher nie gesendet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes depend on each other in a cycle (%1), so none of them could ever be sent.</source>
        <translation>Änderungen hängen im Kreis voneinander ab (%1), daher könnte keine von ihnen je gesendet werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+38"/>
        <location filename="../app/changes/PlanFile.cpp" line="+81"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation>%1 ist kein gültiges JSON (%2 bei Byte %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%Ln user(s) lose their licences as they are deactivated (%1).</source>
        <translation>
            <numerusform>%Ln Benutzer verliert beim Deaktivieren seine Lizenzen (%1).</numerusform>
            <numerusform>%Ln Benutzer verlieren beim Deaktivieren ihre Lizenzen (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+82"/>
        <source> to offboard %1</source>
        <translation> zum Offboarding von %1</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%Ln change(s) to send: %1</source>
        <translation>
            <numerusform>%Ln Änderung zu senden: %1</numerusform>
            <numerusform>%Ln Änderungen zu senden: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %L1 excluded</source>
        <translation>; %L1 ausgeschlossen</translation>
    </message>
    <message>
        <location line="-40"/>
        <source> from the CSV file %1</source>
        <translation> aus der CSV-Datei %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> to revert run %1 (from the audit log)</source>
        <translation> zur Rücknahme von Lauf %1 (aus dem Audit-Protokoll)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> in the console</source>
        <translation> in der Konsole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> from %1</source>
        <translation> aus %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> on %1</source>
        <translation> am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made%1.</source>
        <translation>Erstellt%1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>grant %1 (by group)</source>
        <translation>%1 vergeben (über Gruppe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoke %1 (by group)</source>
        <translation>%1 entziehen (über Gruppe)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>PlanBuilder</name>
    <message>
        <location filename="../app/changes/PlanBuilderLicences.cpp" line="+93"/>
        <source>%1 cannot be granted or revoked: the connection &quot;%2&quot; gives licences by group, and no group grants %1. Name one in Connection settings, or with &apos;scimdesk-cli connection set &quot;%2&quot; --licence-group &quot;%1=GROUP&quot;&apos;.</source>
        <translation>%1 kann nicht vergeben oder entzogen werden: Die Verbindung „%2“ vergibt Lizenzen über Gruppen, und keine Gruppe vergibt %1. Nennen Sie eine in den Verbindungseinstellungen oder mit &apos;scimdesk-cli connection set &quot;%2&quot; --licence-group &quot;%1=GROUP&quot;&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group &quot;%1&quot; that grants %2 is not on the service (or not loaded): check its name in the service&apos;s admin panel, and in Connection settings or with &apos;scimdesk-cli connection set &quot;%3&quot; --licence-group &quot;%2=GROUP&quot;&apos;.</source>
        <translation>Die Gruppe „%1“, die %2 vergibt, gibt es im Dienst nicht (oder sie ist nicht geladen): Prüfen Sie ihren Namen in der Verwaltungsoberfläche des Dienstes und in den Verbindungseinstellungen oder mit &apos;scimdesk-cli connection set &quot;%3&quot; --licence-group &quot;%2=GROUP&quot;&apos;.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 holds %2 but is not in the group &quot;%3&quot;: leaving the group cannot take %2 away (it was granted another way). Revoke it in the service&apos;s admin panel.</source>
        <translation>%1 hat %2, ist aber nicht in der Gruppe „%3“: Das Verlassen der Gruppe kann %2 nicht entziehen (die Lizenz wurde anders vergeben). Entziehen Sie sie in der Verwaltungsoberfläche des Dienstes.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>grant %1 to %2</source>
        <translation>%1 an %2 vergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoke %1 from %2</source>
        <translation>%1 von %2 entziehen</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Lucid accepts licence changes but ignores them when organisational groups are enabled; ScimDesk reads the user back to check.</source>
        <translation>Lucid nimmt Lizenzänderungen an, ignoriert sie aber, wenn Organisationsgruppen aktiviert sind; ScimDesk liest den Benutzer zur Kontrolle zurück.</translation>
    </message>
    <message>
        <location filename="../app/changes/PlanBuilder.cpp" line="+224"/>
        <source>Deactivating takes away the user&apos;s licences: %1.</source>
        <translation>Das Deaktivieren entzieht dem Benutzer seine Lizenzen: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ScimDesk has no record of the licences this user held before they were deactivated, so none are given back: grant them if needed.</source>
        <translation>ScimDesk hat keine Aufzeichnung der Lizenzen, die dieser Benutzer vor dem Deaktivieren hatte, daher wird keine zurückgegeben: Vergeben Sie sie bei Bedarf.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>deactivate</source>
        <translation>deaktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deactivate (%1)</source>
        <translation>deaktivieren (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reactivate</source>
        <translation>reaktivieren</translation>
    </message>
    <message>
        <location filename="../app/changes/PlanBuilderLicences.cpp" line="+210"/>
        <source>%1 held %2 before being deactivated, but no group on the service grants it, so it is not given back: grant it in the service&apos;s admin panel.</source>
        <translation>%1 hatte %2 vor dem Deaktivieren, aber keine Gruppe im Dienst vergibt diese Lizenz, daher wird sie nicht zurückgegeben: Vergeben Sie sie in der Verwaltungsoberfläche des Dienstes.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 comes back with the group &quot;%2&quot;</source>
        <translation>%1 kommt mit der Gruppe „%2“ zurück</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>restore %1 to %2 (held before the deactivation)</source>
        <translation>%1 an %2 zurückgeben (vor dem Deaktivieren vorhanden)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>restore %1 (held before the deactivation)</source>
        <translation>%1 zurückgeben (vor dem Deaktivieren vorhanden)</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>grant %1</source>
        <translation>%1 vergeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>revoke %1</source>
        <translation>%1 entziehen</translation>
    </message>
    <message>
        <location filename="../app/changes/PlanBuilder.cpp" line="+7"/>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>update (%1)</source>
        <translation>aktualisieren (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+39"/>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+39"/>
        <source>delete (%1)</source>
        <translation>löschen (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete cannot be undone; the user&apos;s documents go to the recipient set in the service&apos;s compliance settings.</source>
        <translation>Löschen kann nicht rückgängig gemacht werden; die Dokumente des Benutzers gehen an den Empfänger, der in den Compliance-Einstellungen des Dienstes festgelegt ist.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+62"/>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>create (%1)</source>
        <translation>anlegen (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Documents can be handed over only on Lucid connections; &quot;%1&quot; is not one.</source>
        <translation>Dokumente können nur bei Lucid-Verbindungen übergeben werden; „%1“ ist keine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handing %1&apos;s documents over needs a sign-in for Lucid&apos;s REST API on &quot;%2&quot;: run &apos;scimdesk-cli connection auth &quot;%2&quot; --lucid-rest&apos; (or Connection settings &gt; Sign in for document hand-over…), then plan again.</source>
        <translation>Um die Dokumente von %1 zu übergeben, ist eine Anmeldung an der REST-API von Lucid für „%2“ nötig: Führen Sie &apos;scimdesk-cli connection auth &quot;%2&quot; --lucid-rest&apos; aus (oder Verbindungseinstellungen &gt; Für Dokumentübergabe anmelden …) und planen Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no email address on the service, so their documents cannot be handed over.</source>
        <translation>%1 hat im Dienst keine E-Mail-Adresse, daher können die Dokumente nicht übergeben werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s documents cannot be handed to &quot;%2&quot;: give the email of another user of the account.</source>
        <translation>Die Dokumente von %1 können nicht an „%2“ übergeben werden: Geben Sie die E-Mail-Adresse eines anderen Benutzers des Kontos an.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+29"/>
        <source>Hand %1&apos;s documents to %2</source>
        <translation>Dokumente von %1 an %2 übergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand %1&apos;s documents to %2 before deactivating</source>
        <translation>Dokumente von %1 vor dem Deaktivieren an %2 übergeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand %1&apos;s documents to %2 before deleting</source>
        <translation>Dokumente von %1 vor dem Löschen an %2 übergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand %1&apos;s documents to %2 before revoking licences</source>
        <translation>Dokumente von %1 vor dem Entziehen der Lizenzen an %2 übergeben</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <location filename="../app/changes/PlanFile.cpp" line="-65"/>
        <source>The plan has no sections: there is nothing to apply.</source>
        <translation>Der Plan hat keine Abschnitte: Es gibt nichts anzuwenden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Section %1 of the plan: %2</source>
        <translation>Abschnitt %1 des Plans: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plan has two sections for the same service (%1): one section per connection.</source>
        <translation>Der Plan hat zwei Abschnitte für denselben Dienst (%1): ein Abschnitt pro Verbindung.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n connection(s) with changes.</source>
        <translation>
            <numerusform>%n Verbindung mit Änderungen.</numerusform>
            <numerusform>%n Verbindungen mit Änderungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <location filename="../app/scim/Preset.cpp" line="+70"/>
        <source>Token: Lucid Admin &gt; App Integration &gt; SCIM. Deactivated users are hidden from lists; licence changes are ignored when organisational groups are on.</source>
        <translation>Token: Lucid Admin &gt; App Integration &gt; SCIM. Deaktivierte Benutzer sind in Listen ausgeblendet; Lizenzänderungen werden ignoriert, wenn Organisationsgruppen aktiviert sind.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Any SCIM 2.0 service; capabilities are read from /ServiceProviderConfig.</source>
        <translation>Jeder SCIM-2.0-Dienst; die Fähigkeiten werden aus /ServiceProviderConfig gelesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OAuth token with admin scope. DELETE deactivates. Rate limited org-wide.</source>
        <translation>OAuth-Token mit Admin-Berechtigung. DELETE deaktiviert. Organisationsweit ratenbegrenzt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Licence is userType (Basic / Licensed).</source>
        <translation>Die Lizenz ist userType (Basic / Licensed).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Personal access token with admin:enterprise; replace {enterprise}.</source>
        <translation>Persönliches Zugriffstoken mit admin:enterprise; ersetzen Sie {enterprise}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Directory API key; replace {directoryId}. Product access follows groups.</source>
        <translation>Directory-API-Schlüssel; ersetzen Sie {directoryId}. Der Produktzugang folgt den Gruppen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enterprise integration token.</source>
        <translation>Enterprise-Integrationstoken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workspace or account SCIM URL from the admin console; at most 4 concurrent requests.</source>
        <translation>SCIM-URL des Workspace oder Kontos aus der Admin-Konsole; höchstens 4 gleichzeitige Anfragen.</translation>
    </message>
</context>
<context>
    <name>RateLimits</name>
    <message>
        <location line="-110"/>
        <location line="+5"/>
        <source>writes</source>
        <translation>Schreibzugriffe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads</source>
        <translation>Lesezugriffe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads of one user</source>
        <translation>Lesezugriffe auf einen Benutzer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>updates</source>
        <translation>Aktualisierungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deletions</source>
        <translation>Löschungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads of users</source>
        <translation>Lesezugriffe auf Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <source>users created</source>
        <translation>angelegte Benutzer</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>reads of groups</source>
        <translation>Lesezugriffe auf Gruppen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>groups created</source>
        <translation>angelegte Gruppen</translation>
    </message>
    <message>
        <location filename="../app/scim/RateLimits.cpp" line="+32"/>
        <source>a second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a minute</source>
        <translation>pro Minute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>every %n seconds</source>
        <translation>
            <numerusform>alle %n Sekunden</numerusform>
            <numerusform>alle %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%L1 %2 %3</source>
        <translation>%L1 %2 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for each endpoint</source>
        <translation>je Endpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%L1 at once)</source>
        <translation>(%L1 gleichzeitig)</translation>
    </message>
</context>
<context>
    <name>RequestEffect</name>
    <message>
        <location filename="../app/changes/RequestEffect.cpp" line="+82"/>
        <source>a PATCH without Operations</source>
        <translation>ein PATCH ohne Operations</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a PATCH operation &quot;%1&quot;</source>
        <translation>eine PATCH-Operation „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a PATCH operation without a path</source>
        <translation>eine PATCH-Operation ohne Pfad</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>an active value that is not true or false</source>
        <translation>ein active-Wert, der weder true noch false ist</translation>
    </message>
    <message>
        <location line="+108"/>
        <location line="+30"/>
        <source>change %1 shows %2 becoming %3 in review, but its request sets %4</source>
        <translation>Änderung %1 zeigt in der Überprüfung %2 mit neuem Wert %3, ihre Anfrage setzt aber %4</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>change %1 shows group members for a user</source>
        <translation>Änderung %1 zeigt Gruppenmitglieder für einen Benutzer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change %1 shows other members in review than its request adds or removes</source>
        <translation>Änderung %1 zeigt in der Überprüfung andere Mitglieder, als ihre Anfrage hinzufügt oder entfernt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>change %1 sets %2, which the review does not show</source>
        <translation>Änderung %1 setzt %2, was die Überprüfung nicht zeigt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>change %1 shows %2 in review, but its request does not set it</source>
        <translation>Änderung %1 zeigt %2 in der Überprüfung, ihre Anfrage setzt es aber nicht</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a POST to one resource, not to a collection</source>
        <translation>ein POST an eine einzelne Ressource statt an eine Sammlung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a %1 to a whole collection</source>
        <translation>ein %1 an eine ganze Sammlung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a DELETE with a body</source>
        <translation>ein DELETE mit Inhalt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a PUT whose body is another resource (id %1)</source>
        <translation>ein PUT, dessen Inhalt eine andere Ressource ist (ID %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an unknown method %1</source>
        <translation>eine unbekannte Methode %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>goes outside the service: %1</source>
        <translation>geht aus dem Dienst hinaus: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>creates %1</source>
        <translation>legt %1 an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deletes %1</source>
        <translation>löscht %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deactivates %1</source>
        <translation>deaktiviert %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reactivates %1</source>
        <translation>reaktiviert %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replaces %1</source>
        <translation>ersetzt %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>grants %1</source>
        <translation>vergibt %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revokes %1</source>
        <translation>entzieht %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>without %1</source>
        <translation>ohne %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replaces the members of %1</source>
        <translation>ersetzt die Mitglieder von %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>adds %Ln member(s) to %1</source>
        <translation>
            <numerusform>fügt %Ln Mitglied zu %1 hinzu</numerusform>
            <numerusform>fügt %Ln Mitglieder zu %1 hinzu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>removes %Ln member(s) from %1</source>
        <translation>
            <numerusform>entfernt %Ln Mitglied aus %1</numerusform>
            <numerusform>entfernt %Ln Mitglieder aus %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>changes %1 of %2</source>
        <translation>ändert %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changes nothing on %1</source>
        <translation>ändert nichts an %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>hands the documents of %1 to %2 (Lucid&apos;s REST API)</source>
        <translation>übergibt die Dokumente von %1 an %2 (REST-API von Lucid)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>change %1 sends %2</source>
        <translation>Änderung %1 sendet %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change %1 is about a %2, but its request goes to a %3</source>
        <translation>Änderung %1 betrifft den Typ %2, ihre Anfrage geht aber an den Typ %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change %1 is for %2 (id %3), but its request goes to id %4</source>
        <translation>Änderung %1 ist für %2 (ID %3), ihre Anfrage geht aber an ID %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>change %1 says &quot;%2&quot;, but its request %3</source>
        <translation>Änderung %1 sagt „%2“, aber ihre Anfrage %3</translation>
    </message>
</context>
<context>
    <name>ResourcePath</name>
    <message>
        <location filename="../app/scim/ResourcePath.cpp" line="+51"/>
        <source>the request path &quot;%1&quot; does not start with /</source>
        <translation>der Anfragepfad „%1“ beginnt nicht mit /</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the request path &quot;%1&quot; holds a character that is not allowed there (a query, fragment, backslash, space or control character)</source>
        <translation>der Anfragepfad „%1“ enthält ein dort nicht erlaubtes Zeichen (eine Query, ein Fragment, einen Backslash, ein Leerzeichen oder ein Steuerzeichen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the request path &quot;%1&quot; holds a broken %-escape</source>
        <translation>der Anfragepfad „%1“ enthält ein fehlerhaftes %-Escape</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the request path &quot;%1&quot; has an empty segment (//)</source>
        <translation>der Anfragepfad „%1“ hat ein leeres Segment (//)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the request path &quot;%1&quot; climbs out of the service&apos;s base path</source>
        <translation>der Anfragepfad „%1“ verlässt den Basispfad des Dienstes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request path &quot;%1&quot; hides a separator, query or control character in an escape</source>
        <translation>der Anfragepfad „%1“ versteckt ein Trennzeichen, eine Query oder ein Steuerzeichen in einem Escape</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the request path &quot;%1&quot; is not one of the service&apos;s users or groups (%2, %3)</source>
        <translation>der Anfragepfad „%1“ gehört zu keinem Benutzer und keiner Gruppe des Dienstes (%2, %3)</translation>
    </message>
</context>
<context>
    <name>ScimDesk::ApplyController</name>
    <message>
        <location filename="../ui/ApplyController.cpp" line="+65"/>
        <source>Apply changes to %1?</source>
        <translation>Änderungen auf %1 anwenden?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply to &quot;%1&quot; (%2):</source>
        <translation>Auf „%1“ (%2) anwenden:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Each change is read back afterwards, reported if the service did not make it, and recorded in the audit log.</source>
        <translation>Jede Änderung wird danach zurückgelesen, gemeldet, wenn der Dienst sie nicht vorgenommen hat, und im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>deprovision %1 users</source>
        <translation>Bereitstellung von %1 Benutzern aufheben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This deactivates or deletes %1 users — more than %2, this connection&apos;s limit for one apply. Type &quot;%3&quot; to confirm.</source>
        <translation>Dies deaktiviert oder löscht %1 Benutzer — mehr als %2, die Grenze dieser Verbindung für einen Anwendungslauf. Geben Sie „%3“ zur Bestätigung ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the confirmation</source>
        <translation>Bestätigung eingeben</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete users permanently?</source>
        <translation>Benutzer endgültig löschen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A deleted account cannot be restored from here. Deactivating keeps it and can be undone.</source>
        <translation>Ein gelöschtes Konto kann von hier aus nicht wiederhergestellt werden. Deaktivieren behält es und kann rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <location line="-51"/>
        <source>Apply %Ln change(s)</source>
        <translation>
            <numerusform>%Ln Änderung anwenden</numerusform>
            <numerusform>%Ln Änderungen anwenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-35"/>
        <source>Warning (%Ln change(s)): %1</source>
        <translation>
            <numerusform>Warnung (%Ln Änderung): %1</numerusform>
            <numerusform>Warnung (%Ln Änderungen): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln other warning(s), shown in the review.</source>
        <translation>
            <numerusform>%Ln weitere Warnung, in der Überprüfung angezeigt.</numerusform>
            <numerusform>%Ln weitere Warnungen, in der Überprüfung angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>The plan deletes %Ln user(s) on &quot;%1&quot;.</source>
        <translation>
            <numerusform>Der Plan löscht %Ln Benutzer in „%1“.</numerusform>
            <numerusform>Der Plan löscht %Ln Benutzer in „%1“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Delete %Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer löschen</numerusform>
            <numerusform>%Ln Benutzer löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+99"/>
        <source>Another apply is running</source>
        <translation>Ein anderer Anwendungslauf ist aktiv</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>An earlier apply was interrupted</source>
        <translation>Ein früherer Anwendungslauf wurde unterbrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to apply</source>
        <translation>Nichts anzuwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing left to finish</source>
        <translation>Nichts mehr abzuschließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The apply cannot be recorded</source>
        <translation>Der Anwendungslauf kann nicht protokolliert werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot apply this plan</source>
        <translation>Dieser Plan kann nicht angewendet werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The interrupted apply cannot be finished</source>
        <translation>Der unterbrochene Anwendungslauf kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setting its journal aside keeps it next to the journal under another name, and frees &quot;%1&quot; for the next apply. What that apply sent is not checked: look at the directory afterwards.</source>
        <translation>Beim Beiseitelegen bleibt sein Journal unter anderem Namen neben dem Journal liegen, und „%1“ ist für den nächsten Anwendungslauf frei. Was dieser Anwendungslauf gesendet hat, wird nicht geprüft: Sehen Sie sich danach das Verzeichnis an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set Journal Aside</source>
        <translation>Journal beiseitelegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot set the journal aside</source>
        <translation>Das Journal kann nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal set aside</source>
        <translation>Journal beiseitegelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal was set aside as %1. Refresh the directory to see what the interrupted apply changed.</source>
        <translation>Das Journal wurde als %1 beiseitegelegt. Laden Sie das Verzeichnis neu, um zu sehen, was der unterbrochene Anwendungslauf geändert hat.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot read the apply journal</source>
        <translation>Das Anwendungsjournal kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to finish</source>
        <translation>Nichts abzuschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every apply to &quot;%1&quot; finished.</source>
        <translation>Jeder Anwendungslauf auf „%1“ wurde abgeschlossen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>in flight — will be read back before anything is sent again</source>
        <translation>unterwegs — wird zurückgelesen, bevor etwas erneut gesendet wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not sent yet</source>
        <translation>noch nicht gesendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finish the interrupted apply?</source>
        <translation>Unterbrochenen Anwendungslauf abschließen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>An apply to &quot;%1&quot; was interrupted: %L2 of %Ln change(s) were done and %L3 were in flight when it stopped.</source>
        <translation>
            <numerusform>Ein Anwendungslauf auf „%1“ wurde unterbrochen: %L2 von %Ln Änderung waren erledigt und %L3 unterwegs, als er abbrach.</numerusform>
            <numerusform>Ein Anwendungslauf auf „%1“ wurde unterbrochen: %L2 von %Ln Änderungen waren erledigt und %L3 unterwegs, als er abbrach.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finishing reads the in-flight changes back from the service and sends only what did not happen: nothing is applied twice.</source>
        <translation>Beim Abschließen werden die Änderungen, die unterwegs waren, vom Dienst zurückgelesen, und nur was nicht geschehen ist, wird gesendet: Nichts wird doppelt angewendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish now</source>
        <translation>Jetzt abschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>ScimDesk::ApplyDialog</name>
    <message>
        <location filename="../ui/ApplyDialog.cpp" line="+24"/>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied by the service</source>
        <translation>Vom Dienst nicht angewendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict — review again</source>
        <translation>Konflikt — erneut überprüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applying changes — %1</source>
        <translation>Änderungen werden angewendet — %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finishing the interrupted apply to &quot;%1&quot; (%2). Changes that were in flight are read back first; nothing is sent twice.</source>
        <translation>Der unterbrochene Anwendungslauf auf „%1“ (%2) wird abgeschlossen. Änderungen, die unterwegs waren, werden zuerst zurückgelesen; nichts wird doppelt gesendet.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Applying %Ln change(s) to &quot;%1&quot; (%2).</source>
        <translation>
            <numerusform>%Ln Änderung wird auf „%1“ (%2) angewendet.</numerusform>
            <numerusform>%Ln Änderungen werden auf „%1“ (%2) angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes done</source>
        <translation>Erledigte Änderungen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Changes not applied</source>
        <translation>Nicht angewendete Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send nothing new; requests already sent finish and are recorded</source>
        <translation>Nichts Neues senden; bereits gesendete Anfragen werden abgeschlossen und protokolliert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping: waiting for the requests already sent…</source>
        <translation>Wird gestoppt: Warten auf die bereits gesendeten Anfragen …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%L1 of %L2 done</source>
        <translation>%L1 von %L2 erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — about %1 left</source>
        <translation> — noch etwa %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> — %Ln request(s) at a time</source>
        <translation>
            <numerusform> — %Ln Anfrage gleichzeitig</numerusform>
            <numerusform> — %Ln Anfragen gleichzeitig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — paced to the service&apos;s published limits</source>
        <translation> — im Takt der veröffentlichten Limits des Dienstes</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%1 ignored %Ln licence change(s): this account gives licences by group. Switch “%2” to licences by group?</source>
        <translation>
            <numerusform>%1 hat %Ln Lizenzänderung ignoriert: Dieses Konto vergibt Lizenzen über Gruppen. „%2“ auf Lizenzen über Gruppen umstellen?</numerusform>
            <numerusform>%1 hat %Ln Lizenzänderungen ignoriert: Dieses Konto vergibt Lizenzen über Gruppen. „%2“ auf Lizenzen über Gruppen umstellen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="-69"/>
        <source> — waiting %1 s, as the service asked</source>
        <translation> — Wartezeit %1 s, wie vom Dienst verlangt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — %1 failed or not applied so far</source>
        <translation> — bisher %1 fehlgeschlagen oder nicht angewendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applied %1, failed %2, not applied by the service %3, skipped %4.</source>
        <translation>Angewendet %1, fehlgeschlagen %2, vom Dienst nicht angewendet %3, übersprungen %4.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The changes listed below stay in the queue: fix what they say, then review and apply again.</source>
        <translation>Die unten aufgeführten Änderungen bleiben vorgemerkt: Beheben Sie, was dort steht, dann überprüfen und wenden Sie sie erneut an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every change is in the audit log (Changes &gt; Audit log).</source>
        <translation>Jede Änderung steht im Audit-Protokoll (Änderungen &gt; Audit-Protokoll).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 ignored 1 licence change: this account gives licences by group. Switch “%2” to licences by group?</source>
        <translation>%1 hat 1 Lizenzänderung ignoriert: Dieses Konto vergibt Lizenzen über Gruppen. „%2“ auf Lizenzen über Gruppen umstellen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 No group can be proposed from the directory: choose each licence&apos;s group in the settings.</source>
        <translation>%1 Aus dem Verzeichnis lässt sich keine Gruppe vorschlagen: Wählen Sie in den Einstellungen die Gruppe jeder Lizenz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing changes until you save the settings. Then grant or revoke those licences again: they are sent as memberships of the licences&apos; groups.</source>
        <translation>Nichts ändert sich, bis Sie die Einstellungen speichern. Vergeben oder entziehen Sie diese Lizenzen dann erneut: Sie werden als Mitgliedschaften in den Gruppen der Lizenzen gesendet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Switch to licences &amp;by group…</source>
        <translation>Auf Lizenzen über &amp;Gruppen umstellen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the connection&apos;s licence settings with these groups filled in</source>
        <translation>Die Lizenzeinstellungen der Verbindung mit diesen Gruppen öffnen</translation>
    </message>
</context>
<context>
    <name>ScimDesk::ApplyEngine</name>
    <message>
        <location filename="../app/changes/ApplyEngine.cpp" line="+30"/>
        <source>Another window or scimdesk-cli is applying to this connection right now; wait for it to finish. Nothing was sent.</source>
        <translation>Ein anderes Fenster oder scimdesk-cli wendet gerade Änderungen auf diese Verbindung an; warten Sie, bis es fertig ist. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+113"/>
        <location line="+8"/>
        <location line="+5"/>
        <source>The record of this apply cannot be kept: %1 Nothing was sent.</source>
        <translation>Dieser Anwendungslauf kann nicht protokolliert werden: %1 Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not sent: another window or scimdesk-cli is applying to this connection</source>
        <translation>nicht gesendet: Ein anderes Fenster oder scimdesk-cli wendet Änderungen auf diese Verbindung an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent: the record of this apply cannot be kept</source>
        <translation>nicht gesendet: Dieser Anwendungslauf kann nicht protokolliert werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>excluded from the plan</source>
        <translation>aus dem Plan ausgeschlossen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Applying stopped before it was sent again.</source>
        <translation>Das Anwenden wurde beendet, bevor sie erneut gesendet wurde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not sent again: applying was cancelled</source>
        <translation>nicht erneut gesendet: Das Anwenden wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent: applying was cancelled</source>
        <translation>nicht gesendet: Das Anwenden wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent again: the record of this apply could not be kept</source>
        <translation>nicht erneut gesendet: Dieser Anwendungslauf konnte nicht protokolliert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sent: the record of this apply could not be kept</source>
        <translation>nicht gesendet: Dieser Anwendungslauf konnte nicht protokolliert werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not sent: change %1, which it needs, is not in the plan</source>
        <translation>nicht gesendet: Änderung %1, die sie braucht, steht nicht im Plan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not sent: %1&apos;s documents were not handed over (change %2), so the account is left as it is</source>
        <translation>nicht gesendet: Die Dokumente von %1 wurden nicht übergeben (Änderung %2), daher bleibt das Konto, wie es ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not sent: change %1, which it needs, did not apply</source>
        <translation>nicht gesendet: Änderung %1, die sie braucht, wurde nicht angewendet</translation>
    </message>
    <message>
        <location line="+113"/>
        <location line="+98"/>
        <source>changed since the plan was made (412) — review it again</source>
        <translation>seit Erstellung des Plans geändert (412) — erneut überprüfen</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>created (by an earlier attempt whose answer was lost)</source>
        <translation>angelegt (durch einen früheren Versuch, dessen Antwort verloren ging)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>already exists</source>
        <translation>existiert bereits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already exists (id %1)</source>
        <translation>existiert bereits (ID %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>deleted (by an earlier attempt whose answer was lost)</source>
        <translation>gelöscht (durch einen früheren Versuch, dessen Antwort verloren ging)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Documents cannot be handed over without a sign-in for Lucid&apos;s REST API.</source>
        <translation>Ohne Anmeldung an der REST-API von Lucid können keine Dokumente übergeben werden.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The service asked to wait %1 s before trying again, longer than %2 s: not sent again. Apply the rest again later.</source>
        <translation>Der Dienst bat, %1 s bis zum nächsten Versuch zu warten, länger als %2 s: nicht erneut gesendet. Wenden Sie den Rest später erneut an.</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>It could not be looked up to learn whether it was made.</source>
        <translation>Es ließ sich nicht nachschlagen, ob sie vorgenommen wurde.</translation>
    </message>
    <message>
        <location line="-660"/>
        <source>The service may have made this change; refresh to check before trying again.</source>
        <translation>Der Dienst hat diese Änderung möglicherweise vorgenommen; laden Sie neu und prüfen Sie, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+569"/>
        <source>The record of this apply could not be kept, so it stopped sending: %1</source>
        <translation>Dieser Anwendungslauf konnte nicht protokolliert werden, daher wurde das Senden beendet: %1</translation>
    </message>
</context>
<context>
    <name>ScimDesk::ApplySession</name>
    <message>
        <location filename="../app/changes/ApplySession.cpp" line="+46"/>
        <location line="+125"/>
        <location line="+56"/>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Another console window or scimdesk-cli is applying changes to &quot;%1&quot; right now; wait for it to finish. Nothing was sent.</source>
        <translation>Ein anderes Konsolenfenster oder scimdesk-cli wendet gerade Änderungen auf „%1“ an; warten Sie, bis es fertig ist. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing was sent. The journal is kept, as it may be all that says what an interrupted apply sent; to give up on that apply, set it aside (Changes &gt; Finish interrupted apply in the console, or &apos;scimdesk-cli resume -c &quot;%1&quot; --set-aside&apos;).</source>
        <translation>Es wurde nichts gesendet. Das Journal bleibt erhalten, da es vielleicht als Einziges festhält, was ein unterbrochener Anwendungslauf gesendet hat; um diesen Anwendungslauf aufzugeben, legen Sie ihn beiseite (in der Konsole Änderungen &gt; Unterbrochenen Anwendungslauf abschließen, oder &apos;scimdesk-cli resume -c &quot;%1&quot; --set-aside&apos;).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An earlier apply to &quot;%1&quot; was interrupted: finish it first (in the console, Changes &gt; Finish interrupted apply; or &apos;scimdesk-cli resume&apos;). Nothing was sent.</source>
        <translation>Ein früherer Anwendungslauf auf „%1“ wurde unterbrochen: Schließen Sie ihn zuerst ab (in der Konsole Änderungen &gt; Unterbrochenen Anwendungslauf abschließen, oder &apos;scimdesk-cli resume&apos;). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The ids of protected accounts (%1) could not be looked up on the service, so a plan that deactivates or deletes users cannot be checked against them. Connect again and retry. Nothing was sent.</source>
        <translation>Die IDs geschützter Konten (%1) konnten im Dienst nicht nachgeschlagen werden, daher kann ein Plan, der Benutzer deaktiviert oder löscht, nicht gegen sie geprüft werden. Verbinden Sie sich erneut und versuchen Sie es noch einmal. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan has no changes to send.</source>
        <translation>Der Plan enthält keine zu sendenden Änderungen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The plan deactivates or deletes %1 users, more than %2 (this connection&apos;s limit for one apply), and that many were not confirmed. Nothing was sent.</source>
        <translation>Der Plan deaktiviert oder löscht %1 Benutzer, mehr als %2 (die Grenze dieser Verbindung für einen Anwendungslauf), und so viele wurden nicht bestätigt. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>An apply to &quot;%1&quot; is running now in another console window or scimdesk-cli (it was not interrupted).</source>
        <translation>Ein Anwendungslauf auf „%1“ läuft gerade in einem anderen Konsolenfenster oder in scimdesk-cli (er wurde nicht unterbrochen).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The interrupted apply to &quot;%1&quot; was finished or changed by another console window or scimdesk-cli meanwhile. Nothing was sent.</source>
        <translation>Der unterbrochene Anwendungslauf auf „%1“ wurde inzwischen von einem anderen Konsolenfenster oder von scimdesk-cli abgeschlossen oder geändert. Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>ScimDesk::AuditDialog</name>
    <message>
        <location filename="../ui/AuditDialog.cpp" line="+37"/>
        <source>Audit log — %1</source>
        <translation>Audit-Protokoll — %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2, newest first. Kept in %3. Choose a run to see its changes; hover a change for the attributes before and after.</source>
        <translation>%1, %2, neueste zuerst. Gespeichert in %3. Wählen Sie einen Lauf, um seine Änderungen zu sehen; zeigen Sie auf eine Änderung für die Attribute davor und danach.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln Lauf</numerusform>
            <numerusform>%Ln Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+1"/>
        <source>Search the audit log</source>
        <translation>Audit-Protokoll durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit records</source>
        <translation>Audit-Einträge</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All records</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Revert…</source>
        <translation>&amp;Zurücknehmen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan the opposite of the chosen run (or of its selected changes) for review: nothing is sent until you apply it</source>
        <translation>Das Gegenteil des gewählten Laufs (oder seiner ausgewählten Änderungen) zur Überprüfung planen: Nichts wird gesendet, bis Sie es anwenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export to CSV…</source>
        <translation>Als CSV &amp;exportieren …</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>&amp;Revert %n selected change(s)…</source>
        <translation>
            <numerusform>%n ausgewählte Änderung &amp;zurücknehmen …</numerusform>
            <numerusform>%n ausgewählte Änderungen &amp;zurücknehmen …</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert run…</source>
        <translation>Lauf &amp;zurücknehmen …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export the audit log to CSV</source>
        <translation>Audit-Protokoll als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 audit.csv</source>
        <translation>%1 Audit.csv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ScimDesk::AuditModel</name>
    <message>
        <location filename="../app/audit/AuditModel.cpp" line="+104"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OS user</source>
        <translation>OS-Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ScimDesk::ChangeQueue</name>
    <message>
        <location filename="../app/changes/ChangeQueue.cpp" line="+252"/>
        <source>The pending changes come from the plan file %1. Apply it or clear the queue before queueing changes here.</source>
        <translation>Die ausstehenden Änderungen stammen aus der Plandatei %1. Wenden Sie sie an oder leeren Sie die Warteschlange, bevor Sie hier Änderungen vormerken.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>This service does not accept PATCH, so a change would replace the whole user with the few attributes the console keeps. Plan it with scimdesk-cli from the full records instead.</source>
        <translation>Dieser Dienst akzeptiert kein PATCH, daher würde eine Änderung den ganzen Benutzer durch die wenigen Attribute ersetzen, die die Konsole vorhält. Planen Sie sie stattdessen mit scimdesk-cli aus den vollständigen Datensätzen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User %1 is no longer in the loaded list: its change was left out. Load or look the user up again.</source>
        <translation>Benutzer %1 ist nicht mehr in der geladenen Liste: Seine Änderung wurde weggelassen. Laden Sie den Benutzer neu oder suchen Sie ihn erneut.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Group %1 is no longer in the loaded list: the membership change was left out.</source>
        <translation>Gruppe %1 ist nicht mehr in der geladenen Liste: Die Mitgliedschaftsänderung wurde weggelassen.</translation>
    </message>
</context>
<context>
    <name>ScimDesk::ChangesController</name>
    <message>
        <location filename="../ui/ChangesController.cpp" line="+69"/>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant %1 to</source>
        <translation>%1 vergeben an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke %1 from</source>
        <translation>%1 entziehen von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to %1:</source>
        <translation>Zu %1 hinzufügen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from %1:</source>
        <translation>Aus %1 entfernen:</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue: set the selected users inactive (they can no longer sign in; their documents stay)</source>
        <translation>Vormerken: die ausgewählten Benutzer deaktivieren (sie können sich nicht mehr anmelden; ihre Dokumente bleiben erhalten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue: set the selected users active again</source>
        <translation>Vormerken: die ausgewählten Benutzer wieder aktivieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue: delete the selected users on the service (cannot be undone once applied; deactivating is usually what you want)</source>
        <translation>Vormerken: die ausgewählten Benutzer im Dienst löschen (nach dem Anwenden nicht rückgängig zu machen; meist ist Deaktivieren gewünscht)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add to group…</source>
        <translation>Zur &amp;Gruppe hinzufügen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to group</source>
        <translation>Zur Gruppe hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove from &amp;group…</source>
        <translation>Aus Gr&amp;uppe entfernen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from group</source>
        <translation>Aus Gruppe entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Grant licence</source>
        <translation>Lizenz &amp;vergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke licence</source>
        <translation>Lizenz en&amp;tziehen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Queue deletion?</source>
        <translation>Löschen vormerken?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Queue %Ln user(s) for deletion?</source>
        <translation>
            <numerusform>%Ln Benutzer zum Löschen vormerken?</numerusform>
            <numerusform>%Ln Benutzer zum Löschen vormerken?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting removes the account on the service for good. Deactivating keeps it, and it can be reactivated. Nothing is sent until you apply the pending changes.</source>
        <translation>Löschen entfernt das Konto im Dienst endgültig. Deaktivieren behält es, und es kann reaktiviert werden. Nichts wird gesendet, bis Sie die ausstehenden Änderungen anwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queue deletion</source>
        <translation>Löschen vormerken</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+151"/>
        <source>&amp;Review pending changes</source>
        <translation>Ausstehende Änderungen ü&amp;berprüfen</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+151"/>
        <source>Pending changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>A&amp;pply pending changes…</source>
        <translation>Ausstehende Änderungen an&amp;wenden …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply…</source>
        <translation>Anwenden …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check, confirm and send the included changes</source>
        <translation>Die einbezogenen Änderungen prüfen, bestätigen und senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open plan…</source>
        <translation>Plan ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open a plan</source>
        <translation>Einen Plan öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ScimDesk plans (*.json);;All files (*)</source>
        <translation>ScimDesk-Pläne (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>&amp;Save plan…</source>
        <translation>Plan spei&amp;chern …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the plan</source>
        <translation>Den Plan speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 plan.json</source>
        <translation>%1 Plan.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ScimDesk plans (*.json)</source>
        <translation>ScimDesk-Pläne (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save the plan</source>
        <translation>Der Plan kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear queue</source>
        <translation>Warteschlange l&amp;eeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Finish interrupted apply…</source>
        <translation>Unterbrochenen Anwendungslauf ab&amp;schließen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import CSV…</source>
        <translation>CSV-Import …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan changes from an HR file (you can also drop the file on the window)</source>
        <translation>Änderungen aus einer Personaldatei planen (Sie können die Datei auch auf das Fenster ziehen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;udit log…</source>
        <translation>Audit-&amp;Protokoll …</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hanges</source>
        <translation>Ä&amp;nderungen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Review pending changes (%L1)</source>
        <translation>Ausstehende Änderungen ü&amp;berprüfen (%L1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending changes (%L1)</source>
        <translation>Änderungen (%L1)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The selected users are in no loaded group.</source>
        <translation>Die ausgewählten Benutzer sind in keiner geladenen Gruppe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service lists no groups.</source>
        <translation>Der Dienst führt keine Gruppen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Group for %1:</source>
        <translation>Gruppe für %1:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Group for the %Ln selected user(s):</source>
        <translation>
            <numerusform>Gruppe für den %Ln ausgewählten Benutzer:</numerusform>
            <numerusform>Gruppe für die %Ln ausgewählten Benutzer:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing queued: “%1” would change nothing (already so, or already pending).</source>
        <translation>Nichts vorgemerkt: „%1“ würde nichts ändern (ist schon so oder schon vorgemerkt).</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Include %Ln change(s)</source>
        <translation>
            <numerusform>%Ln Änderung einbeziehen</numerusform>
            <numerusform>%Ln Änderungen einbeziehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exclude %Ln change(s)</source>
        <translation>
            <numerusform>%Ln Änderung ausschließen</numerusform>
            <numerusform>%Ln Änderungen ausschließen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Remove %Ln change(s)</source>
        <translation>
            <numerusform>%Ln Änderung entfernen</numerusform>
            <numerusform>%Ln Änderungen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%Ln pending change(s) would be replaced by this plan.</source>
        <translation>
            <numerusform>%Ln ausstehende Änderung würde durch diesen Plan ersetzt.</numerusform>
            <numerusform>%Ln ausstehende Änderungen würden durch diesen Plan ersetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+156"/>
        <source>%Ln change(s) were made on the service since the run. They are in the plan unticked: tick one to overwrite it.</source>
        <translation>
            <numerusform>Seit dem Lauf wurde %Ln Änderung im Dienst vorgenommen. Sie steht nicht angehakt im Plan: Haken Sie sie an, um sie zu überschreiben.</numerusform>
            <numerusform>Seit dem Lauf wurden %Ln Änderungen im Dienst vorgenommen. Sie stehen nicht angehakt im Plan: Haken Sie eine an, um sie zu überschreiben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Cannot queue changes</source>
        <translation>Änderungen können nicht vorgemerkt werden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Clear the queue</source>
        <translation>Warteschlange leeren</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open the connection it was made for, then open the plan again.</source>
        <translation>Öffnen Sie die Verbindung, für die er erstellt wurde, und öffnen Sie den Plan dann erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open plan %1</source>
        <translation>Plan %1 öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the pending changes?</source>
        <translation>Ausstehende Änderungen ersetzen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo (Ctrl+Z) brings them back.</source>
        <translation>Rückgängig (Strg+Z) holt sie zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="-264"/>
        <location line="+277"/>
        <location line="+60"/>
        <location line="+46"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Connect to the service first: an import is planned against its users.</source>
        <translation>Verbinden Sie sich zuerst mit dem Dienst: Ein Import wird gegen seine Benutzer geplant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>Connect to the service the plan was made for first.</source>
        <translation>Verbinden Sie sich zuerst mit dem Dienst, für den der Plan erstellt wurde.</translation>
    </message>
    <message>
        <location line="+308"/>
        <source>Cannot open the plan</source>
        <translation>Der Plan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Connect to the service first.</source>
        <translation>Verbinden Sie sich zuerst mit dem Dienst.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connect to &quot;%1&quot; first: a revert reads the current state of what the run changed.</source>
        <translation>Verbinden Sie sich zuerst mit „%1“: Eine Rücknahme liest den aktuellen Stand dessen, was der Lauf geändert hat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot plan the revert</source>
        <translation>Die Rücknahme kann nicht geplant werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>revert of run %1</source>
        <translation>Rücknahme von Lauf %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is %3 now; the run left %4.</source>
        <translation>%1: %2 ist jetzt %3; der Lauf hinterließ %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revert of run %1</source>
        <translation>Rücknahme von Lauf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some of the run cannot be undone; see the details.</source>
        <translation>Ein Teil des Laufs kann nicht rückgängig gemacht werden; siehe Details.</translation>
    </message>
</context>
<context>
    <name>ScimDesk::Cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="-59"/>
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
  connection auth NAME --lucid-rest [--client-id ID] [--client-secret-stdin]
                             sign in for Lucid&apos;s REST API (prints a URL to open)
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
                             send a plan, verify it, record it in the audit log;
                             a plan with sections applies each to its connection
  resume [-c NAME] [--yes]   finish interrupted applies from their journals
  resume -c NAME --set-aside [--yes]
                             give up on an apply that cannot be finished
  audit -c NAME [--format csv|json]
                             what was applied to a connection
  audit -c NAME --runs [--format table|csv|json]
                             the applies (runs) to a connection
  revert -c NAME (--run RUN_ID | --last) -o PLAN.json [--delete-created]
         [--include-conflicts] [--json]
                             turn an applied run back into a plan (sends nothing)
  find EMAIL_OR_USERNAME [--json]
                             one person&apos;s accounts on every saved connection
  offboard (EMAIL... | --csv FILE) (--all-connections | --connections A,B)
           -o PLAN.json [--deprovision-action deactivate|delete]
           [--documents-to manager|EMAIL] [--json]
                             one plan to offboard people everywhere, a section
                             per connection (sends nothing)

The token is read from the OS keychain. For automation, set the environment
variable SCIMDESK_TOKEN instead; it is never written anywhere. Set
SCIMDESK_CONNECTION=NAME too, so that token is used for that connection only.

Exit codes: 0 ok; 1 some changes failed or were not applied; 2 usage or bad
input; 3 refused by a guard (nothing sent); 4 connection or authentication failure.
Run &apos;scimdesk-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>Aufruf: scimdesk-cli BEFEHL [ARGUMENTE] [--help]

Benutzer in SCIM-2.0-Diensten (Lucid und andere) aus Skripten bereitstellen und prüfen.

Befehle:
  connection add NAME --url URL [--preset PRESET] [--token-stdin] [--page-size N|auto]
                             eine Verbindung speichern; das Token kommt in den Schlüsselbund
  connection list [--json]   gespeicherte Verbindungen auflisten
  connection test NAME [--json]
                             Erreichbarkeit, Token, Fähigkeiten, Benutzerzahl prüfen
  connection set NAME [--licence-group LICENCE=GROUP ...] [--licence-mode MODE]
                 [--page-size N|auto]
                             Lizenzen über Attribute oder Gruppen; die Seitengröße
  connection auth NAME --lucid-rest [--client-id ID] [--client-secret-stdin]
                             an der REST-API von Lucid anmelden (gibt eine URL zum Öffnen aus)
  connection remove NAME     eine Verbindung und ihr Token im Schlüsselbund löschen
  users list -c NAME [--filter EXPR] [--format table|csv|json]
  groups list -c NAME [--format table|csv|json]
                             jede Seite wird ausgegeben, sobald sie eintrifft
  plan -c NAME --csv FILE --mode provision|deprovision|sync -o PLAN.json
       [--map &apos;HEADER=ATTRIBUTE&apos; ...] [--mapping TEMPLATE] [--match KEY]
       [--deprovision-action deactivate|delete] [--encoding E] [--delimiter D]
       [--skip-invalid] [--json]
                             eine Personaldatei in einen Plan umwandeln (sendet nichts)
  show PLAN.json             was ein Plan senden wird: Anzahlen, Unterschiede, Anfragen
  apply PLAN.json [--yes] [--concurrency N] [--allow-mass-deprovision N] [--json]
                             einen Plan senden, prüfen und im Audit-Protokoll festhalten;
                             ein Plan mit Abschnitten wendet jeden auf seine Verbindung an
  resume [-c NAME] [--yes]   unterbrochene Anwendungsläufe aus ihren Journalen abschließen
  resume -c NAME --set-aside [--yes]
                             einen nicht abschließbaren Anwendungslauf aufgeben
  audit -c NAME [--format csv|json]
                             was auf eine Verbindung angewendet wurde
  audit -c NAME --runs [--format table|csv|json]
                             die Anwendungsläufe (Läufe) einer Verbindung
  revert -c NAME (--run RUN_ID | --last) -o PLAN.json [--delete-created]
         [--include-conflicts] [--json]
                             einen angewendeten Lauf in einen Plan zurückverwandeln (sendet nichts)
  find EMAIL_OR_USERNAME [--json]
                             die Konten einer Person auf jeder gespeicherten Verbindung
  offboard (EMAIL... | --csv FILE) (--all-connections | --connections A,B)
           -o PLAN.json [--deprovision-action deactivate|delete]
           [--documents-to manager|EMAIL] [--json]
                             ein Plan, um Personen überall zu offboarden, mit einem
                             Abschnitt pro Verbindung (sendet nichts)

Das Token wird aus dem Schlüsselbund des Betriebssystems gelesen. Setzen Sie für
Automatisierung stattdessen die Umgebungsvariable SCIMDESK_TOKEN; sie wird nirgends
gespeichert. Setzen Sie auch SCIMDESK_CONNECTION=NAME, damit das Token nur für diese
Verbindung verwendet wird.

Exit-Codes: 0 OK; 1 einige Änderungen fehlgeschlagen oder nicht angewendet; 2 Aufruf-
oder Eingabefehler; 3 von einer Schutzregel abgelehnt (nichts gesendet); 4 Verbindungs-
oder Anmeldefehler.
&apos;scimdesk-cli BEFEHL --help&apos; zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Name a connection with -c NAME (&apos;scimdesk-cli connection list&apos; shows them).</source>
        <translation>Nennen Sie eine Verbindung mit -c NAME (&apos;scimdesk-cli connection list&apos; zeigt sie).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No connection named &quot;%1&quot; — &apos;scimdesk-cli connection list&apos; shows the saved ones.</source>
        <translation>Keine Verbindung namens „%1“ — &apos;scimdesk-cli connection list&apos; zeigt die gespeicherten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read the token from FILE instead of the keychain: a file only its owner can read (chmod 600), holding the token alone. In a systemd unit, pass a credential: LoadCredential=scimdesk-token:PATH and --token-file ${CREDENTIALS_DIRECTORY}/scimdesk-token. The token is used as read and never stored.</source>
        <translation>Das Token aus FILE statt aus dem Schlüsselbund lesen: eine Datei, die nur ihr Besitzer lesen kann (chmod 600) und die nur das Token enthält. In einer systemd-Unit übergeben Sie ein Credential: LoadCredential=scimdesk-token:PATH und --token-file ${CREDENTIALS_DIRECTORY}/scimdesk-token. Das Token wird so verwendet, wie es gelesen wurde, und nie gespeichert.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No token is stored for &quot;%1&quot; — store one with &apos;scimdesk-cli connection add&apos; (after &apos;connection remove&apos;), or set SCIMDESK_TOKEN.</source>
        <translation>Für „%1“ ist kein Token gespeichert — speichern Sie eines mit &apos;scimdesk-cli connection add&apos; (nach &apos;connection remove&apos;) oder setzen Sie SCIMDESK_TOKEN.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(see --help)</source>
        <translation>(siehe --help)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>scimdesk-cli: unknown command &quot;%1&quot;.</source>
        <translation>scimdesk-cli: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionCommands.cpp" line="+38"/>
        <source>Resources to ask for per page, or &apos;auto&apos; (the default): the largest page the service allows (its maxResults, at most %1), or what it serves when that is fewer, remembered for the connection. A number always wins.</source>
        <translation>Anzufordernde Ressourcen pro Seite, oder &apos;auto&apos; (Standard): die größte Seite, die der Dienst erlaubt (sein maxResults, höchstens %1), oder was er liefert, wenn das weniger ist, für die Verbindung gemerkt. Eine Zahl hat immer Vorrang.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>LICENCE=GROUP: membership in the group with displayName GROUP grants LICENCE (repeatable; an empty GROUP removes the licence&apos;s group). Switches the connection to licences by group, as Lucid accounts with organisational groups need.</source>
        <translation>LICENCE=GROUP: Die Mitgliedschaft in der Gruppe mit dem displayName GROUP vergibt LICENCE (wiederholbar; ein leeres GROUP entfernt die Gruppe der Lizenz). Stellt die Verbindung auf Lizenzen über Gruppen um, wie es Lucid-Konten mit Organisationsgruppen brauchen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--licence-group takes LICENCE=GROUP, e.g. &apos;Lucidchart=Lucidchart users&apos;.</source>
        <translation>--licence-group erwartet LICENCE=GROUP, z. B. &apos;Lucidchart=Lucidchart users&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The preset &quot;%1&quot; knows no licences.</source>
        <translation>Die Vorlage „%1“ kennt keine Lizenzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown licence &quot;%1&quot;; this connection&apos;s licences are: %2.</source>
        <translation>Unbekannte Lizenz „%1“; die Lizenzen dieser Verbindung sind: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The SCIM base URL, e.g. https://users.lucid.app/scim/v2.</source>
        <translation>Die SCIM-Basis-URL, z. B. https://users.lucid.app/scim/v2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service preset: %1 (default: generic).</source>
        <translation>Dienstvorlage: %1 (Standard: generic).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the token from standard input (otherwise you are asked for it, without echo, on a terminal).</source>
        <translation>Das Token von der Standardeingabe lesen (sonst wird am Terminal ohne Echo danach gefragt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests in flight at once (default: the preset&apos;s).</source>
        <translation>Gleichzeitig laufende Anfragen (Standard: der Wert der Vorlage).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matching attribute: userName, externalId or email.</source>
        <translation>Abgleichsattribut: userName, externalId oder email.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A userName that may never be deactivated or deleted (repeatable).</source>
        <translation>Ein userName, der nie deaktiviert oder gelöscht werden darf (wiederholbar).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deactivating or deleting more users than N at once needs confirming (default: 10 users or 5 % of the directory, whichever is smaller).</source>
        <translation>Mehr als N Benutzer auf einmal zu deaktivieren oder zu löschen, muss bestätigt werden (Standard: 10 Benutzer oder 5 % des Verzeichnisses, je nachdem, was kleiner ist).</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+145"/>
        <source>--page-size takes a positive number or &apos;auto&apos;.</source>
        <translation>--page-size erwartet eine positive Zahl oder &apos;auto&apos;.</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>--concurrency takes a positive number.</source>
        <translation>--concurrency erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/ImportCommands.cpp" line="+92"/>
        <source>--match takes userName, externalId or email.</source>
        <translation>--match erwartet userName, externalId oder email.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--deprovision-threshold takes a number of users.</source>
        <translation>--deprovision-threshold erwartet eine Anzahl von Benutzern.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Token for %1: </source>
        <translation>Token für %1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No terminal to ask for the token: pass it on standard input with --token-stdin.</source>
        <translation>Kein Terminal, um nach dem Token zu fragen: Übergeben Sie es mit --token-stdin über die Standardeingabe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token is empty; nothing was saved.</source>
        <translation>Das Token ist leer; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The connection was not saved.</source>
        <translation>Die Verbindung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved connection &quot;%1&quot; (%2); its token is in the keychain.</source>
        <translation>Verbindung „%1“ (%2) gespeichert; ihr Token liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A name for the connection, e.g. &quot;Lucid production&quot;.</source>
        <translation>Ein Name für die Verbindung, z. B. &quot;Lucid Produktion&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save a connection to a SCIM service. The token is stored in the OS keychain, never in a file.</source>
        <translation>Eine Verbindung zu einem SCIM-Dienst speichern. Das Token wird im Schlüsselbund des Betriebssystems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give exactly one NAME (quote it if it has spaces).</source>
        <translation>Geben Sie genau einen NAME an (in Anführungszeichen, wenn er Leerzeichen enthält).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--url URL is required.</source>
        <translation>--url URL ist erforderlich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown preset &quot;%1&quot;; choose one of: %2.</source>
        <translation>Unbekannte Vorlage „%1“; wählen Sie eine von: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A connection named &quot;%1&quot; already exists — remove it first with &apos;scimdesk-cli connection remove&apos;.</source>
        <translation>Eine Verbindung namens „%1“ gibt es bereits — entfernen Sie sie zuerst mit &apos;scimdesk-cli connection remove&apos;.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>attribute: licences are the user&apos;s licence attributes; group: membership in each licence&apos;s group (set with --licence-group).</source>
        <translation>attribute: Lizenzen sind die Lizenzattribute des Benutzers; group: Mitgliedschaft in der Gruppe jeder Lizenz (mit --licence-group festgelegt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change how a saved connection gives and takes away licences, or its page size. Sends nothing; the groups are checked against the service when a plan is made.</source>
        <translation>Ändern, wie eine gespeicherte Verbindung Lizenzen vergibt und entzieht, oder ihre Seitengröße. Sendet nichts; die Gruppen werden beim Erstellen eines Plans gegen den Dienst geprüft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+121"/>
        <location line="+34"/>
        <location line="+122"/>
        <source>Give exactly one connection NAME.</source>
        <translation>Geben Sie genau einen Verbindungsnamen (NAME) an.</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>Nothing to change: give --licence-group, --licence-mode or --page-size.</source>
        <translation>Nichts zu ändern: Geben Sie --licence-group, --licence-mode oder --page-size an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--licence-mode takes attribute or group.</source>
        <translation>--licence-mode erwartet attribute oder group.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licences by group need at least one --licence-group LICENCE=GROUP.</source>
        <translation>Lizenzen über Gruppen brauchen mindestens ein --licence-group LICENCE=GROUP.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; now reads the largest pages the service allows.</source>
        <translation>„%1“ liest jetzt die größten Seiten, die der Dienst erlaubt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; now reads %2 resources a page.</source>
        <translation>„%1“ liest jetzt %2 Ressourcen pro Seite.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 → &quot;%2&quot;</source>
        <translation>%1 → „%2“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; now gives licences by group: %2.</source>
        <translation>„%1“ vergibt Lizenzen jetzt über Gruppen: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; now gives licences by attribute.</source>
        <translation>„%1“ vergibt Lizenzen jetzt über Attribute.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+63"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>List saved connections.</source>
        <translation>Gespeicherte Verbindungen auflisten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;connection list&apos; takes no arguments.</source>
        <translation>&apos;connection list&apos; nimmt keine Argumente.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No connections yet; add one with &apos;scimdesk-cli connection add&apos;.</source>
        <translation>Noch keine Verbindungen; fügen Sie eine mit &apos;scimdesk-cli connection add&apos; hinzu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PRESET</source>
        <translation>VORLAGE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check that the service is reachable, the token is accepted, what the service supports, and how many users it lists.</source>
        <translation>Prüfen, ob der Dienst erreichbar ist, das Token angenommen wird, was der Dienst unterstützt und wie viele Benutzer er auflistet.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete a saved connection and its token from the keychain.</source>
        <translation>Eine gespeicherte Verbindung und ihr Token aus dem Schlüsselbund löschen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Removed &quot;%1&quot;, but its sign-in for Lucid&apos;s REST API could not be deleted from the keychain: %2</source>
        <translation>„%1“ wurde entfernt, aber seine Anmeldung an der REST-API von Lucid konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed &quot;%1&quot;, but its token could not be deleted from the keychain: %2</source>
        <translation>„%1“ wurde entfernt, aber sein Token konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed connection &quot;%1&quot; and its token.</source>
        <translation>Verbindung „%1“ und ihr Token wurden entfernt.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Give --client-id ID: the client id of the OAuth app registered for this account in Lucid&apos;s developer portal (its redirect address must allow http://127.0.0.1).</source>
        <translation>Geben Sie --client-id ID an: die Client-ID der OAuth-App, die für dieses Konto im Entwicklerportal von Lucid registriert ist (ihre Weiterleitungsadresse muss http://127.0.0.1 erlauben).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open this address in a browser, sign in as an account admin of Lucid and allow access:</source>
        <translation>Öffnen Sie diese Adresse in einem Browser, melden Sie sich als Kontoadministrator von Lucid an und erlauben Sie den Zugriff:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the browser (at most %1 s)…</source>
        <translation>Warten auf den Browser (höchstens %1 s) …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed in to Lucid&apos;s REST API for &quot;%1&quot;: plans can hand a leaver&apos;s documents to someone.</source>
        <translation>An der REST-API von Lucid für „%1“ angemeldet: Pläne können die Dokumente einer ausscheidenden Person jemandem übergeben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sign a Lucid connection in to Lucid&apos;s REST API, so that plans can hand a leaver&apos;s documents to someone (OAuth 2.0 with PKCE, scope account.user.transfercontent). Prints an address to open in a browser and waits for Lucid&apos;s answer on this computer. The client secret and the tokens are kept in the keychain.</source>
        <translation>Eine Lucid-Verbindung an der REST-API von Lucid anmelden, damit Pläne die Dokumente einer ausscheidenden Person jemandem übergeben können (OAuth 2.0 mit PKCE, Scope account.user.transfercontent). Gibt eine Adresse zum Öffnen in einem Browser aus und wartet auf diesem Computer auf die Antwort von Lucid. Das Client-Secret und die Tokens werden im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say what to sign in for: --lucid-rest.</source>
        <translation>Geben Sie an, wofür angemeldet werden soll: --lucid-rest.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a Lucid connection (its preset is %2).</source>
        <translation>„%1“ ist keine Lucid-Verbindung (ihre Vorlage ist %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout erwartet eine Anzahl von Sekunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client secret (Enter: the stored one): </source>
        <translation>Client-Secret (Eingabetaste: das gespeicherte): </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Usage: scimdesk-cli connection add|list|test|set|auth|remove ... (each takes --help)</source>
        <translation>Aufruf: scimdesk-cli connection add|list|test|set|auth|remove ... (jeweils mit --help)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use &apos;connection add&apos;, &apos;list&apos;, &apos;test&apos;, &apos;set&apos;, &apos;auth&apos; or &apos;remove&apos; (see --help).</source>
        <translation>Verwenden Sie &apos;connection add&apos;, &apos;list&apos;, &apos;test&apos;, &apos;set&apos;, &apos;auth&apos; oder &apos;remove&apos; (siehe --help).</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="-66"/>
        <source>The connection the plan is for.</source>
        <translation>Die Verbindung, für die der Plan ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV file (an HR export).</source>
        <translation>Die CSV-Datei (ein Personalexport).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>provision: create who is missing, update what differs, reactivate who is listed. deprovision: deactivate (or delete) everyone listed. sync: provision, and deactivate every active user the file leaves out.</source>
        <translation>provision: anlegen, wer fehlt, aktualisieren, was abweicht, reaktivieren, wer aufgeführt ist. deprovision: alle Aufgeführten deaktivieren (oder löschen). sync: bereitstellen und jeden aktiven Benutzer deaktivieren, den die Datei nicht enthält.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Map a column: &apos;HEADER=ATTRIBUTE&apos;, ATTRIBUTE a SCIM path such as name.givenName or %1:department, or empty to ignore the column (repeatable; applied after automatic mapping and --mapping).</source>
        <translation>Eine Spalte zuordnen: &apos;HEADER=ATTRIBUTE&apos;, ATTRIBUTE ein SCIM-Pfad wie name.givenName oder %1:department, oder leer, um die Spalte zu ignorieren (wiederholbar; gilt nach der automatischen Zuordnung und --mapping).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A mapping template saved for this connection in the console.</source>
        <translation>Eine in der Konsole für diese Verbindung gespeicherte Zuordnungsvorlage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matching key: userName (default, case-insensitive), externalId or email.</source>
        <translation>Abgleichsschlüssel: userName (Standard, ohne Beachtung der Groß-/Kleinschreibung), externalId oder email.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deactivate (default) or delete.</source>
        <translation>deactivate (Standard) oder delete.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deprovision: also revoke every licence.</source>
        <translation>deprovision: auch jede Lizenz entziehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reactivated user gets back no licences. By default they get back the licences they held when ScimDesk deactivated them (from the audit log) or, failing that, those ScimDesk last saw them hold while active, unless the file says otherwise.</source>
        <translation>Ein reaktivierter Benutzer erhält keine Lizenzen zurück. Standardmäßig erhält er die Lizenzen zurück, die er hatte, als ScimDesk ihn deaktivierte (aus dem Audit-Protokoll), oder ersatzweise die, die ScimDesk zuletzt bei ihm als aktivem Benutzer gesehen hat, sofern die Datei nichts anderes sagt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>utf-8, utf-16le, utf-16be or windows-1252 (default: detected).</source>
        <translation>utf-8, utf-16le, utf-16be oder windows-1252 (Standard: erkannt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;,&apos;, &apos;;&apos;, &apos;tab&apos; or &apos;|&apos; (default: detected).</source>
        <translation>&apos;,&apos;, &apos;;&apos;, &apos;tab&apos; oder &apos;|&apos; (Standard: erkannt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan the valid rows even when others have errors.</source>
        <translation>Die gültigen Zeilen planen, auch wenn andere Fehler haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/PeopleCommands.cpp" line="+287"/>
        <location filename="../app/cli/RevertCommands.cpp" line="+84"/>
        <source>Where to write the plan.</source>
        <translation>Wohin der Plan geschrieben wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/PlanCommands.cpp" line="+410"/>
        <location filename="../app/cli/RevertCommands.cpp" line="+8"/>
        <source>Print the outcome as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--csv, --mode and -o are required (see --help).</source>
        <translation>--csv, --mode und -o sind erforderlich (siehe --help).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--mode takes provision, deprovision or sync.</source>
        <translation>--mode erwartet provision, deprovision oder sync.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/PeopleCommands.cpp" line="+38"/>
        <source>--deprovision-action takes deactivate or delete.</source>
        <translation>--deprovision-action erwartet deactivate oder delete.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--encoding takes utf-8, utf-16le, utf-16be or windows-1252.</source>
        <translation>--encoding erwartet utf-8, utf-16le, utf-16be oder windows-1252.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--delimiter takes &apos;,&apos;, &apos;;&apos;, &apos;tab&apos; or &apos;|&apos;.</source>
        <translation>--delimiter erwartet &apos;,&apos;, &apos;;&apos;, &apos;tab&apos; oder &apos;|&apos;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No mapping template &quot;%1&quot; for &quot;%2&quot;.</source>
        <translation>Keine Zuordnungsvorlage „%1“ für „%2“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--map &apos;%1&apos; needs HEADER=ATTRIBUTE, such as --map &apos;First Name=name.givenName&apos; (an empty ATTRIBUTE leaves the column out).</source>
        <translation>--map &apos;%1&apos; braucht SPALTE=ATTRIBUT, etwa --map &apos;First Name=name.givenName&apos; (ein leeres ATTRIBUT lässt die Spalte aus).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--map &apos;%1&apos;: no column &quot;%2&quot; in the file (columns: %3).</source>
        <translation>--map &apos;%1&apos;: keine Spalte „%2“ in der Datei (Spalten: %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--map &apos;%1&apos;: &quot;%2&quot; is not an attribute the importer can fill.</source>
        <translation>--map &apos;%1&apos;: „%2“ ist kein Attribut, das der Import füllen kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No column maps to userName or email: name one with --map &apos;HEADER=userName&apos;.</source>
        <translation>Keine Spalte ist userName oder email zugeordnet: Nennen Sie eine mit --map &apos;HEADER=userName&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No column maps to %1, the matching key: name one with --map &apos;HEADER=%1&apos;.</source>
        <translation>Keine Spalte ist %1, dem Abgleichsschlüssel, zugeordnet: Nennen Sie eine mit --map &apos;HEADER=%1&apos;.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+85"/>
        <location filename="../app/cli/PlanCommands.cpp" line="-333"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/RevertCommands.cpp" line="-27"/>
        <source>Plan written to %1: review it with &apos;scimdesk-cli show %1&apos;.</source>
        <translation>Plan nach %1 geschrieben: Überprüfen Sie ihn mit &apos;scimdesk-cli show %1&apos;.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Turn a CSV file into a plan for review (&apos;show&apos;) and &apos;apply&apos;. Sends nothing: it only reads the directory. Exit codes: 0 plan written; 1 the directory could not be read as the file needs (the service failed, or groups are missing for a groups column); 2 bad input, including rows with errors (unless --skip-invalid); 4 connection or authentication failure.</source>
        <translation>Eine CSV-Datei in einen Plan zur Überprüfung (&apos;show&apos;) und zum Anwenden (&apos;apply&apos;) umwandeln. Sendet nichts: Liest nur das Verzeichnis. Exit-Codes: 0 Plan geschrieben; 1 das Verzeichnis konnte nicht so gelesen werden, wie die Datei es braucht (der Dienst schlug fehl, oder Gruppen für eine Gruppenspalte fehlen); 2 fehlerhafte Eingabe, auch Zeilen mit Fehlern (außer mit --skip-invalid); 4 Verbindungs- oder Anmeldefehler.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 It says which licences reactivated users get back; pass --no-restore-licences to plan without it.</source>
        <translation>%1 Es sagt, welche Lizenzen reaktivierte Benutzer zurückerhalten; mit --no-restore-licences wird ohne es geplant.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 The file has a groups column: try again, or leave it out with --map &apos;%2=&apos;.</source>
        <translation>%1 Die Datei hat eine Gruppenspalte: Versuchen Sie es erneut oder lassen Sie sie mit --map &apos;%2=&apos; weg.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln row(s) have errors; no plan was written. Fix them, or pass --skip-invalid to plan the other rows.</source>
        <translation>
            <numerusform>%Ln Zeile hat Fehler; es wurde kein Plan geschrieben. Beheben Sie sie oder planen Sie mit --skip-invalid die übrigen Zeilen.</numerusform>
            <numerusform>%Ln Zeilen haben Fehler; es wurde kein Plan geschrieben. Beheben Sie sie oder planen Sie mit --skip-invalid die übrigen Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommands.cpp" line="+86"/>
        <source>The connection to read from.</source>
        <translation>Die Verbindung, aus der gelesen wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A SCIM filter, e.g. &apos;userName eq &quot;ada@example.com&quot;&apos;. Lucid accepts only &apos;eq&apos;.</source>
        <translation>Ein SCIM-Filter, z. B. &apos;userName eq &quot;ada@example.com&quot;&apos;. Lucid akzeptiert nur &apos;eq&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output format: table, csv or json (default table). json prints one array of the SCIM resources, each exactly as the service sent it, one a line. Every format is printed page by page as the pages arrive, in the service&apos;s order; the table&apos;s columns are sized to the first page.</source>
        <translation>Ausgabeformat: table, csv oder json (Standard: table). json gibt ein Array der SCIM-Ressourcen aus, jede genau so, wie der Dienst sie sendete, eine pro Zeile. Jedes Format wird Seite für Seite ausgegeben, sobald die Seiten eintreffen, in der Reihenfolge des Dienstes; die Spaltenbreiten der Tabelle richten sich nach der ersten Seite.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List every user the service lists (all pages, as large as the connection&apos;s page size allows). Lucid leaves deactivated users out of lists; look one up with --filter &apos;userName eq &quot;...&quot;&apos;. Exits 1 when the listing is known to be incomplete (fewer users than the service counts, duplicate ids, entries without an id); stderr says what is missing. When reading fails midway, the output stops there (JSON without its closing bracket, so that it cannot pass for a whole list) and the exit code says why.</source>
        <translation>Jeden Benutzer auflisten, den der Dienst auflistet (alle Seiten, so groß, wie die Seitengröße der Verbindung erlaubt). Lucid lässt deaktivierte Benutzer in Listen weg; suchen Sie einen mit --filter &apos;userName eq &quot;...&quot;&apos;. Endet mit 1, wenn die Liste bekanntermaßen unvollständig ist (weniger Benutzer, als der Dienst zählt, doppelte IDs, Einträge ohne ID); stderr sagt, was fehlt. Schlägt das Lesen mittendrin fehl, endet die Ausgabe dort (JSON ohne schließende Klammer, damit es nicht als ganze Liste durchgeht), und der Exit-Code sagt, warum.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List every group the service lists (all pages). Exits 1 when the listing is known to be incomplete; stderr says what is missing. When reading fails midway, the output stops there (JSON without its closing bracket).</source>
        <translation>Jede Gruppe auflisten, die der Dienst auflistet (alle Seiten). Endet mit 1, wenn die Liste bekanntermaßen unvollständig ist; stderr sagt, was fehlt. Schlägt das Lesen mittendrin fehl, endet die Ausgabe dort (JSON ohne schließende Klammer).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected argument &quot;%1&quot; (see --help).</source>
        <translation>Unerwartetes Argument „%1“ (siehe --help).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/PlanCommands.cpp" line="+677"/>
        <source>--format takes table, csv or json.</source>
        <translation>--format erwartet table, csv oder json.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The listing is incomplete: %1</source>
        <translation>Die Liste ist unvollständig: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: scimdesk-cli users list -c NAME [--filter EXPR] [--format table|csv|json] (see &apos;users list --help&apos;)</source>
        <translation>Aufruf: scimdesk-cli users list -c NAME [--filter EXPR] [--format table|csv|json] (siehe &apos;users list --help&apos;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use &apos;users list -c NAME&apos; (see --help).</source>
        <translation>Verwenden Sie &apos;users list -c NAME&apos; (siehe --help).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: scimdesk-cli groups list -c NAME [--format table|csv|json] (see &apos;groups list --help&apos;)</source>
        <translation>Aufruf: scimdesk-cli groups list -c NAME [--format table|csv|json] (siehe &apos;groups list --help&apos;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use &apos;groups list -c NAME&apos; (see --help).</source>
        <translation>Verwenden Sie &apos;groups list -c NAME&apos; (siehe --help).</translation>
    </message>
    <message>
        <location filename="../app/cli/ListingOutput.cpp" line="+222"/>
        <location line="+9"/>
        <source>Cannot write the output: %1</source>
        <translation>Die Ausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="-636"/>
        <location line="+281"/>
        <source>A plan file.</source>
        <translation>Eine Plandatei.</translation>
    </message>
    <message>
        <location line="-267"/>
        <location line="+307"/>
        <source>Give exactly one PLAN.json.</source>
        <translation>Geben Sie genau eine PLAN.json an.</translation>
    </message>
    <message>
        <location line="-396"/>
        <source>Plan for &quot;%1&quot; (%2)</source>
        <translation>Plan für „%1“ (%2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>request: %1</source>
        <translation>Anfrage: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>after: %1</source>
        <translation>danach: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not on %1 (nothing sent there): %2</source>
        <translation>Nicht auf %1 (dorthin wird nichts gesendet): %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not searched, so not in this plan: %1 (%2)</source>
        <translation>Nicht durchsucht, daher nicht in diesem Plan: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>== Section %1 of %2 ==</source>
        <translation>== Abschnitt %1 von %2 ==</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show what a plan will do: counts, how long applying takes at the service&apos;s published rate limits (for services that publish them), then for each change the attributes before and after, what its request does (read from the request itself, not from the change&apos;s label) and the exact request. A plan with sections (an offboarding) shows each connection&apos;s section. Sends nothing. Exit codes: 0 shown; 2 the plan cannot be read (not a plan, a newer format, or changes that depend on each other in a cycle).</source>
        <translation>Zeigen, was ein Plan tun wird: die Anzahlen, wie lange das Anwenden bei den veröffentlichten Ratenlimits des Dienstes dauert (für Dienste, die sie veröffentlichen), dann für jede Änderung die Attribute davor und danach, was ihre Anfrage tut (aus der Anfrage selbst gelesen, nicht aus der Bezeichnung der Änderung) und die genaue Anfrage. Ein Plan mit Abschnitten (ein Offboarding) zeigt den Abschnitt jeder Verbindung. Sendet nichts. Exit-Codes: 0 angezeigt; 2 der Plan kann nicht gelesen werden (kein Plan, ein neueres Format oder Änderungen, die im Kreis voneinander abhängen).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No saved connection for this plan (&quot;%1&quot;, %2) — add it with &apos;scimdesk-cli connection add&apos;.</source>
        <translation>Keine gespeicherte Verbindung für diesen Plan („%1“, %2) — fügen Sie sie mit &apos;scimdesk-cli connection add&apos; hinzu.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Applied %1, failed %2, not applied by the service %3, skipped %4.</source>
        <translation>Angewendet %1, fehlgeschlagen %2, vom Dienst nicht angewendet %3, übersprungen %4.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%L1 of %L2 done</source>
        <translation>%L1 von %L2 erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, waiting %1 s as the service asked</source>
        <translation>, Wartezeit %1 s, wie vom Dienst verlangt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, paced to the service&apos;s published limits</source>
        <translation>, im Takt der veröffentlichten Limits des Dienstes</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>--%1 takes a positive number.</source>
        <translation>--%1 erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--%1 takes a number of users.</source>
        <translation>--%1 erwartet eine Anzahl von Benutzern.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Review the plan, then pass --allow-mass-deprovision %1 to confirm.</source>
        <translation>Überprüfen Sie den Plan und bestätigen Sie dann mit --allow-mass-deprovision %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+79"/>
        <source>Not applying without confirmation: run it on a terminal, or pass --yes after reviewing the plan with &apos;scimdesk-cli show&apos;. Nothing was sent.</source>
        <translation>Ohne Bestätigung wird nicht angewendet: Führen Sie es an einem Terminal aus oder übergeben Sie --yes, nachdem Sie den Plan mit &apos;scimdesk-cli show&apos; überprüft haben. Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <location line="-75"/>
        <source>Apply %Ln change(s) to &quot;%1&quot;? [y/N]</source>
        <translation>
            <numerusform>%Ln Änderung auf „%1“ anwenden? [y/N]</numerusform>
            <numerusform>%Ln Änderungen auf „%1“ anwenden? [y/N]</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <source>Not applied; nothing was sent.</source>
        <translation>Nicht angewendet; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Review its section, then pass --allow-mass-deprovision %1 to confirm.</source>
        <translation>Überprüfen Sie seinen Abschnitt und bestätigen Sie dann mit --allow-mass-deprovision %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>Apply %Ln change(s) to the sections ready (%1 connections)? [y/N]</source>
        <translation>
            <numerusform>%Ln Änderung auf die bereiten Abschnitte (%1 Verbindungen) anwenden? [y/N]</numerusform>
            <numerusform>%Ln Änderungen auf die bereiten Abschnitte (%1 Verbindungen) anwenden? [y/N]</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Apply without asking (scripts).</source>
        <translation>Ohne Rückfrage anwenden (Skripte).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Allow deactivating or deleting up to N users (needed above 10 users or 5 % of the directory, whichever is smaller).</source>
        <translation>Das Deaktivieren oder Löschen von bis zu N Benutzern erlauben (nötig über 10 Benutzern oder 5 % des Verzeichnisses, je nachdem, was kleiner ist).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply a plan: send its changes, read them back to verify, and record each in the audit log. Checked in this order, nothing sent when one refuses: no other apply is running or unfinished; the plan is for this service; every request stays inside the service&apos;s base path on its Users or Groups endpoint; every request does what its change claims (kind, target id, the attributes shown); the guards, judged on what the requests do, spare protected accounts (by userName and id); mass deprovisioning is confirmed; then --yes or your answer (after the plan and how long the service&apos;s published rate limits make applying take). Every request waits for room within those limits before it is sent. The apply stops sending (or sends nothing) when its journal or audit log cannot be written. Exit codes: 0 all applied and verified; 1 some failed or were not applied, or the apply&apos;s record could not be kept; 2 bad input or plan (including requests outside the service, inconsistent or cyclic plans); 3 refused by a guard (nothing sent); 4 connection or authentication failure. A plan with a section per connection (from &apos;offboard&apos;) applies the sections in parallel, each to its own connection with its own checks, journal and audit run; one refusing or failing does not stop the others, --allow-mass-deprovision counts per connection, and the exit code is 1 when any section sent something and not everything was applied.</source>
        <translation>Einen Plan anwenden: seine Änderungen senden, zur Kontrolle zurücklesen und jede im Audit-Protokoll festhalten. In dieser Reihenfolge geprüft; nichts wird gesendet, wenn eine Prüfung ablehnt: Kein anderer Anwendungslauf ist aktiv oder unvollendet; der Plan ist für diesen Dienst; jede Anfrage bleibt innerhalb des Basispfads des Dienstes auf seinem Users- oder Groups-Endpunkt; jede Anfrage tut, was ihre Änderung angibt (Art, Ziel-ID, die angezeigten Attribute); die Schutzregeln, beurteilt nach dem, was die Anfragen tun, verschonen geschützte Konten (nach userName und ID); massenhaftes Aufheben der Bereitstellung ist bestätigt; dann --yes oder Ihre Antwort (nach dem Plan und der Angabe, wie lange das Anwenden bei den veröffentlichten Ratenlimits des Dienstes dauert). Jede Anfrage wartet, bis diese Limits Raum lassen, bevor sie gesendet wird. Der Anwendungslauf hört auf zu senden (oder sendet nichts), wenn sein Journal oder Audit-Protokoll nicht geschrieben werden kann. Exit-Codes: 0 alles angewendet und geprüft; 1 einiges fehlgeschlagen oder nicht angewendet, oder der Anwendungslauf konnte nicht protokolliert werden; 2 fehlerhafte Eingabe oder fehlerhafter Plan (auch Anfragen außerhalb des Dienstes, widersprüchliche oder zyklische Pläne); 3 von einer Schutzregel abgelehnt (nichts gesendet); 4 Verbindungs- oder Anmeldefehler. Ein Plan mit einem Abschnitt pro Verbindung (aus &apos;offboard&apos;) wendet die Abschnitte parallel an, jeden auf seine eigene Verbindung mit eigenen Prüfungen, eigenem Journal und eigenem Lauf im Audit-Protokoll; lehnt einer ab oder schlägt fehl, hält das die anderen nicht auf, --allow-mass-deprovision zählt pro Verbindung, und der Exit-Code ist 1, wenn ein Abschnitt etwas gesendet hat und nicht alles angewendet wurde.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--token-file holds one connection&apos;s token, and this plan has a section per connection: each section uses its own connection&apos;s token from the keychain (or SCIMDESK_TOKEN with SCIMDESK_CONNECTION naming that connection).</source>
        <translation>--token-file enthält das Token einer einzigen Verbindung, dieser Plan hat aber einen Abschnitt pro Verbindung: Jeder Abschnitt verwendet das Token seiner eigenen Verbindung aus dem Schlüsselbund (oder SCIMDESK_TOKEN, wenn SCIMDESK_CONNECTION diese Verbindung nennt).</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Finish applies that were interrupted (a crash, a kill, a lost connection), on every connection that has one unless -c names one: changes that were in flight are read back from the service and sent again only if they did not happen; nothing is applied twice. Exit codes: 0 all applied and verified, nothing to resume, or set aside; 1 some failed or were not applied, or the apply&apos;s record could not be kept; 2 a journal cannot be read (it is kept: --set-aside frees the connection), or its plan fails the same checks as apply (outside the service, inconsistent); 3 not confirmed, a protected account, or another program is applying or finished it meanwhile (nothing sent); 4 connection or authentication failure.</source>
        <translation>Unterbrochene Anwendungsläufe abschließen (ein Absturz, ein Kill, eine verlorene Verbindung), auf jeder Verbindung, die einen hat, sofern -c nicht eine nennt: Änderungen, die unterwegs waren, werden vom Dienst zurückgelesen und nur erneut gesendet, wenn sie nicht geschehen sind; nichts wird doppelt angewendet. Exit-Codes: 0 alles angewendet und geprüft, nichts fortzusetzen oder beiseitegelegt; 1 einiges fehlgeschlagen oder nicht angewendet, oder der Anwendungslauf konnte nicht protokolliert werden; 2 ein Journal ist nicht lesbar (es bleibt erhalten: --set-aside gibt die Verbindung frei), oder sein Plan besteht dieselben Prüfungen wie apply nicht (außerhalb des Dienstes, widersprüchlich); 3 nicht bestätigt, ein geschütztes Konto, oder ein anderes Programm wendet gerade an oder hat inzwischen abgeschlossen (nichts gesendet); 4 Verbindungs- oder Anmeldefehler.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Nothing to set aside: every apply to &quot;%1&quot; finished.</source>
        <translation>Nichts beiseitezulegen: Jeder Anwendungslauf auf „%1“ wurde abgeschlossen.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Requests in flight at once on each connection (default: the connection&apos;s own).</source>
        <translation>Gleichzeitig laufende Anfragen je Verbindung (Standard: der Wert der Verbindung).</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The interrupted apply to &quot;%1&quot; will not be finished: %2 of %3 changes were done and %4 were in flight when it stopped, and those are not checked on the service.</source>
        <translation>Der unterbrochene Anwendungslauf auf „%1“ wird nicht abgeschlossen: %2 von %3 Änderungen waren erledigt und %4 unterwegs, als er abbrach, und diese werden im Dienst nicht geprüft.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not setting it aside without confirmation: pass --yes.</source>
        <translation>Ohne Bestätigung wird nicht beiseitegelegt: Übergeben Sie --yes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set its journal aside? [y/N]</source>
        <translation>Sein Journal beiseitelegen? [y/N]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left as it was.</source>
        <translation>Unverändert gelassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal was set aside as %1. &quot;%2&quot; is free for the next apply; list its users to see what the interrupted apply changed.</source>
        <translation>Das Journal wurde als %1 beiseitegelegt. „%2“ ist für den nächsten Anwendungslauf frei; listen Sie seine Benutzer auf, um zu sehen, was der unterbrochene Anwendungslauf geändert hat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only this connection (default: every one).</source>
        <translation>Nur diese Verbindung (Standard: jede).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not finish the interrupted apply of --connection: keep its journal under another name and free the connection. For an apply that cannot be finished (its journal cannot be read, or its plan is refused); sends nothing.</source>
        <translation>Den unterbrochenen Anwendungslauf von --connection nicht abschließen: sein Journal unter anderem Namen aufbewahren und die Verbindung freigeben. Für einen Anwendungslauf, der nicht abgeschlossen werden kann (sein Journal ist nicht lesbar oder sein Plan wird abgelehnt); sendet nichts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue without asking.</source>
        <translation>Ohne Rückfrage fortfahren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the outcome as JSON: with -c as apply --json does; without, one document for every connection resumed, as a plan with sections is applied.</source>
        <translation>Das Ergebnis als JSON ausgeben: mit -c wie apply --json; ohne -c ein Dokument für alle fortgesetzten Verbindungen, wie beim Anwenden eines Plans mit Abschnitten.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--set-aside needs --connection: the connection whose interrupted apply is to be given up.</source>
        <translation>--set-aside braucht --connection: die Verbindung, deren unterbrochener Anwendungslauf aufgegeben werden soll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--token-file needs --connection: the connection whose token the file holds.</source>
        <translation>--token-file braucht --connection: die Verbindung, deren Token die Datei enthält.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If it cannot be finished, &apos;scimdesk-cli resume -c &quot;%1&quot; --set-aside&apos; keeps the journal aside and frees the connection.</source>
        <translation>Falls er nicht abgeschlossen werden kann, legt &apos;scimdesk-cli resume -c &quot;%1&quot; --set-aside&apos; das Journal beiseite und gibt die Verbindung frei.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Left alone.</source>
        <translation>Unverändert gelassen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Interrupted apply to &quot;%1&quot;: %2 of %3 changes done, %4 in flight when it stopped.</source>
        <translation>Unterbrochener Anwendungslauf auf „%1“: %2 von %3 Änderungen erledigt, %4 unterwegs, als er abbrach.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not continuing without confirmation: pass --yes.</source>
        <translation>Ohne Bestätigung wird nicht fortgefahren: Übergeben Sie --yes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue? [y/N]</source>
        <translation>Fortfahren? [y/N]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not continued; nothing was sent.</source>
        <translation>Nicht fortgesetzt; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing to resume: every apply finished.</source>
        <translation>Nichts fortzusetzen: Jeder Anwendungslauf wurde abgeschlossen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>RUN</source>
        <translation>LAUF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STARTED</source>
        <translation>GESTARTET</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHANGES</source>
        <translation>ÄNDERUNGEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No runs yet: every apply from now on is one.</source>
        <translation>Noch keine Läufe: Jeder Anwendungslauf ab jetzt ist einer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../app/cli/RevertCommands.cpp" line="+13"/>
        <source>The connection.</source>
        <translation>Die Verbindung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv or json; with --runs also table (the default there).</source>
        <translation>csv oder json; mit --runs auch table (dort der Standard).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the runs (one per apply; a resumed apply continues its run) instead of every change.</source>
        <translation>Die Läufe auflisten (einer pro Anwendungslauf; ein fortgesetzter Anwendungslauf setzt seinen Lauf fort) statt jeder Änderung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the audit log of a connection: every applied change. Exit codes: 0 printed; 1 the log cannot be read; 2 bad input.</source>
        <translation>Das Audit-Protokoll einer Verbindung ausgeben: jede angewendete Änderung. Exit-Codes: 0 ausgegeben; 1 das Protokoll kann nicht gelesen werden; 2 fehlerhafte Eingabe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--format takes csv or json.</source>
        <translation>--format erwartet csv oder json.</translation>
    </message>
    <message>
        <location filename="../app/cli/RevertCommands.cpp" line="+2"/>
        <source>The run to revert (its id, from &apos;audit --runs&apos;).</source>
        <translation>Der zurückzunehmende Lauf (seine ID, aus &apos;audit --runs&apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert the newest run.</source>
        <translation>Den neuesten Lauf zurücknehmen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the users the run created (by default they are deactivated).</source>
        <translation>Die vom Lauf angelegten Benutzer löschen (standardmäßig werden sie deaktiviert).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also revert what was changed on the service since the run, overwriting it (by default such changes are listed and left out of the plan).</source>
        <translation>Auch zurücknehmen, was seit dem Lauf im Dienst geändert wurde, und es überschreiben (standardmäßig werden solche Änderungen aufgeführt und aus dem Plan weggelassen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn an applied run back into a plan for review (&apos;show&apos;) and &apos;apply&apos;: deactivations become reactivations with the licences the users held, updates go back to the previous values, licence and membership changes are reversed, created users are deactivated and deleted users created again (as new accounts). What was changed on the service since the run is a conflict: listed and left out. Sends nothing: it only reads the service. Exit codes: 0 plan written; 1 the service could not be read; 2 bad input (an unknown run); 4 connection or authentication failure.</source>
        <translation>Einen angewendeten Lauf in einen Plan zur Überprüfung (&apos;show&apos;) und zum Anwenden (&apos;apply&apos;) zurückverwandeln: Deaktivierungen werden zu Reaktivierungen mit den Lizenzen, die die Benutzer hatten, Aktualisierungen kehren zu den vorigen Werten zurück, Lizenz- und Mitgliedschaftsänderungen werden umgekehrt, angelegte Benutzer werden deaktiviert und gelöschte neu angelegt (als neue Konten). Was seit dem Lauf im Dienst geändert wurde, ist ein Konflikt: aufgeführt und weggelassen. Sendet nichts: Liest nur den Dienst. Exit-Codes: 0 Plan geschrieben; 1 der Dienst konnte nicht gelesen werden; 2 fehlerhafte Eingabe (ein unbekannter Lauf); 4 Verbindungs- oder Anmeldefehler.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name the run: --run RUN_ID (see &apos;scimdesk-cli audit -c NAME --runs&apos;), or --last.</source>
        <translation>Nennen Sie den Lauf: --run RUN_ID (siehe &apos;scimdesk-cli audit -c NAME --runs&apos;) oder --last.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say where to write the plan: -o PLAN.json.</source>
        <translation>Geben Sie an, wohin der Plan geschrieben wird: -o PLAN.json.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The audit log of &quot;%1&quot; holds no runs to revert.</source>
        <translation>Das Audit-Protokoll von „%1“ enthält keine Läufe zum Zurücknehmen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit log of &quot;%1&quot; has no run &quot;%2&quot;: list them with &apos;scimdesk-cli audit -c &quot;%1&quot; --runs&apos;.</source>
        <translation>Das Audit-Protokoll von „%1“ hat keinen Lauf „%2“: Listen Sie sie mit &apos;scimdesk-cli audit -c &quot;%1&quot; --runs&apos; auf.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>conflict: %1: %2 is %3 now; the run left %4 (%5)</source>
        <translation>Konflikt: %1: %2 ist jetzt %3; der Lauf hinterließ %4 (%5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>included: it will be overwritten</source>
        <translation>einbezogen: wird überschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out; --include-conflicts overwrites it</source>
        <translation>weggelassen; --include-conflicts überschreibt es</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revert of run %1 (%2, %3): %4 to create, %5 to update, %6 to reactivate, %7 to deactivate, %8 to delete, %9 already as before the run</source>
        <translation>Rücknahme von Lauf %1 (%2, %3): %4 anzulegen, %5 zu aktualisieren, %6 zu reaktivieren, %7 zu deaktivieren, %8 zu löschen, %9 schon wie vor dem Lauf</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>, %Ln conflict(s)</source>
        <translation>
            <numerusform>, %Ln Konflikt</numerusform>
            <numerusform>, %Ln Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/PeopleCommands.cpp" line="-267"/>
        <source>CONNECTION</source>
        <translation>VERBINDUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LICENCES</source>
        <translation>LIZENZEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GROUPS</source>
        <translation>GRUPPEN</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 could not be searched: %2</source>
        <translation>%1 konnte nicht durchsucht werden: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Say where to look: --all-connections, or --connections A,B.</source>
        <translation>Geben Sie an, wo gesucht werden soll: --all-connections oder --connections A,B.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+53"/>
        <source>No saved connections — add one with &apos;scimdesk-cli connection add&apos;.</source>
        <translation>Keine gespeicherten Verbindungen — fügen Sie eine mit &apos;scimdesk-cli connection add&apos; hinzu.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>%1 names nobody: give a column &quot;email&quot; (or &quot;userName&quot;) with one leaver a row.</source>
        <translation>%1 nennt niemanden: Geben Sie eine Spalte „email“ (oder „userName“) mit einer ausscheidenden Person pro Zeile an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The person: an email address or a userName.</source>
        <translation>Die Person: eine E-Mail-Adresse oder ein userName.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the accounts as JSON.</source>
        <translation>Die Konten als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find one person on every saved connection at once: whether each service has an account for them, whether it is active, its licences and groups. Looks up the userName, then (for an email address) the emails. Sends only reads. Exit codes: 0 every connection was searched (found or not); 2 bad input; 4 a connection could not be searched (the others are still shown).</source>
        <translation>Eine Person auf allen gespeicherten Verbindungen gleichzeitig finden: ob jeder Dienst ein Konto für sie hat, ob es aktiv ist, seine Lizenzen und Gruppen. Sucht nach dem userName, dann (bei einer E-Mail-Adresse) nach den E-Mail-Adressen. Sendet nur Lesezugriffe. Exit-Codes: 0 jede Verbindung wurde durchsucht (gefunden oder nicht); 2 fehlerhafte Eingabe; 4 eine Verbindung konnte nicht durchsucht werden (die anderen werden trotzdem angezeigt).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give exactly one email address or userName.</source>
        <translation>Geben Sie genau eine E-Mail-Adresse oder einen userName an.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Nothing to offboard: no active account to deactivate (or account to delete) was found. No plan was written.</source>
        <translation>Nichts zu tun: Es wurde kein aktives Konto zum Deaktivieren (oder Konto zum Löschen) gefunden. Es wurde kein Plan geschrieben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The leavers: email addresses or userNames.</source>
        <translation>Die ausscheidenden Personen: E-Mail-Adressen oder userNames.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A leavers file: its &quot;email&quot; (or &quot;userName&quot;) column.</source>
        <translation>Eine Datei mit ausscheidenden Personen: ihre Spalte „email“ (oder „userName“).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look on every saved connection.</source>
        <translation>Auf allen gespeicherten Verbindungen suchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look on these connections only (names, comma-separated).</source>
        <translation>Nur auf diesen Verbindungen suchen (Namen, durch Kommas getrennt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deactivate (the default) or delete.</source>
        <translation>deactivate (Standard) oder delete.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On Lucid connections, hand each leaver&apos;s documents first to their manager (the enterprise manager attribute) or to this address; needs the connection&apos;s sign-in for Lucid&apos;s REST API (&apos;connection auth NAME --lucid-rest&apos;). Without it, Lucid gives them to the account&apos;s default recipient.</source>
        <translation>Auf Lucid-Verbindungen die Dokumente jeder ausscheidenden Person zuerst ihrer Führungskraft (dem Enterprise-Attribut manager) oder dieser Adresse übergeben; braucht die Anmeldung der Verbindung an der REST-API von Lucid (&apos;connection auth NAME --lucid-rest&apos;). Ohne sie gibt Lucid die Dokumente an den Standardempfänger des Kontos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the summary as JSON.</source>
        <translation>Die Zusammenfassung als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan the offboarding of people across services: finds each on every chosen connection, then writes one plan with a section per connection that knows them (a deactivation, or a delete where asked), with each service&apos;s licence consequences. Sends only reads; review the plan with &apos;scimdesk-cli show&apos;, then &apos;scimdesk-cli apply&apos; applies each section to its connection with its own guards, journal and audit run. Exit codes: 0 planned, or nothing to offboard (then no plan is written); 2 bad input; 4 a connection could not be searched (the plan is written for the others and says so).</source>
        <translation>Das Offboarding von Personen über Dienste hinweg planen: sucht jede auf allen gewählten Verbindungen und schreibt dann einen Plan mit einem Abschnitt pro Verbindung, die sie kennt (eine Deaktivierung oder, wo verlangt, eine Löschung), mit den Lizenzfolgen jedes Dienstes. Sendet nur Lesezugriffe; überprüfen Sie den Plan mit &apos;scimdesk-cli show&apos;, dann wendet &apos;scimdesk-cli apply&apos; jeden Abschnitt auf seine Verbindung an, mit eigenen Schutzregeln, eigenem Journal und eigenem Lauf im Audit-Protokoll. Exit-Codes: 0 geplant, oder nichts zu tun (dann wird kein Plan geschrieben); 2 fehlerhafte Eingabe; 4 eine Verbindung konnte nicht durchsucht werden (der Plan wird für die anderen geschrieben und sagt das).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give the leavers either as email addresses or with --csv FILE.</source>
        <translation>Geben Sie die ausscheidenden Personen entweder als E-Mail-Adressen oder mit --csv FILE an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say where to write the plan with -o PLAN.json.</source>
        <translation>Geben Sie mit -o PLAN.json an, wohin der Plan geschrieben wird.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--documents-to takes manager or an email address.</source>
        <translation>--documents-to erwartet manager oder eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>No plan was written.</source>
        <translation>Es wurde kein Plan geschrieben.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Plan written to %1 — review it with &apos;scimdesk-cli show %1&apos;.</source>
        <translation>Plan nach %1 geschrieben — überprüfen Sie ihn mit &apos;scimdesk-cli show %1&apos;.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Not every connection could be searched: the plan leaves them out. Fix the connection and plan again, or offboard the person there by hand.</source>
        <translation>Nicht jede Verbindung konnte durchsucht werden: Der Plan lässt sie weg. Beheben Sie das Problem der Verbindung und planen Sie erneut, oder offboarden Sie die Person dort von Hand.</translation>
    </message>
</context>
<context>
    <name>ScimDesk::Cli::AuthOptions</name>
    <message>
        <location filename="../app/cli/ConnectionCommands.cpp" line="-146"/>
        <source>Sign in for Lucid&apos;s REST API (handing documents over).</source>
        <translation>An der REST-API von Lucid anmelden (zum Übergeben von Dokumenten).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client id of the OAuth app registered in Lucid&apos;s developer portal (remembered).</source>
        <translation>Die Client-ID der im Entwicklerportal von Lucid registrierten OAuth-App (wird gespeichert).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the OAuth app&apos;s client secret from standard input (otherwise you are asked for it on a terminal, or the stored one is used). It is kept in the keychain.</source>
        <translation>Das Client-Secret der OAuth-App von der Standardeingabe lesen (sonst wird am Terminal danach gefragt oder das gespeicherte verwendet). Es wird im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lucid&apos;s authorisation address (default %1).</source>
        <translation>Die Autorisierungsadresse von Lucid (Standard: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lucid&apos;s token address (default %1).</source>
        <translation>Die Token-Adresse von Lucid (Standard: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lucid&apos;s REST API address (default %1).</source>
        <translation>Die Adresse der REST-API von Lucid (Standard: %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seconds to wait for the browser (default %1).</source>
        <translation>Sekunden, die auf den Browser gewartet wird (Standard: %1).</translation>
    </message>
</context>
<context>
    <name>ScimDesk::ConnectionDialog</name>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="+48"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection settings — %1</source>
        <translation>Verbindungseinstellungen — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licences</source>
        <translation>&amp;Lizenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad&amp;vanced</source>
        <translation>Er&amp;weitert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumente</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>e.g. Lucid production</source>
        <translation>z. B. Lucid Produktion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paste the SCIM bearer token</source>
        <translation>SCIM-Bearer-Token einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token stored in the keychain — type to replace</source>
        <translation>Token im Schlüsselbund gespeichert — zum Ersetzen tippen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token is kept only in the OS keychain. It is never shown again.</source>
        <translation>Das Token liegt nur im Schlüsselbund des Betriebssystems. Es wird nie wieder angezeigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCIM token</source>
        <translation>SCIM-Token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Automatic: the largest the service allows</source>
        <translation>Automatisch: die größte, die der Dienst erlaubt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One user name per line: accounts that may never be deactivated or deleted</source>
        <translation>Ein Benutzername pro Zeile: Konten, die nie deaktiviert oder gelöscht werden dürfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protected accounts</source>
        <translation>Geschützte Konten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>10 users or 5 % of the directory, whichever is smaller</source>
        <translation>10 Benutzer oder 5 % des Verzeichnisses, je nachdem, was kleiner ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivating or deleting more users than this at once needs a typed confirmation.</source>
        <translation>Mehr Benutzer auf einmal zu deaktivieren oder zu löschen, braucht eine eingetippte Bestätigung.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>S&amp;ervice:</source>
        <translation>Di&amp;enst:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Match users by</source>
        <translation>Benutzer abgleichen über</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Users per &amp;page:</source>
        <translation>Benutzer pro &amp;Seite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Requests at once:</source>
        <translation>Gleichzeitige Anf&amp;ragen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Match users by:</source>
        <translation>Benutzer abgleichen &amp;über:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;otected accounts:</source>
        <translation>Geschützte K&amp;onten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm deprovisioning a&amp;bove:</source>
        <translation>Aufheben der Bereitstellung bestätigen a&amp;b:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>By &amp;attribute (the user&apos;s licence settings)</source>
        <translation>Über &amp;Attribute (die Lizenzeinstellungen des Benutzers)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By &amp;group (membership in a group grants the licence)</source>
        <translation>Über &amp;Gruppen (die Mitgliedschaft in einer Gruppe vergibt die Lizenz)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Propose from the directory</source>
        <translation>Aus dem Verzeichnis &amp;vorschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About the licence groups</source>
        <translation>Über die Lizenzgruppen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deactivating a user takes their licences away on this service, as its answers to an earlier apply showed. Previews of deactivations list the licences each user loses.</source>
        <translation>Das Deaktivieren eines Benutzers entzieht ihm in diesem Dienst seine Lizenzen, wie die Antworten auf einen früheren Anwendungslauf gezeigt haben. Vorschauen von Deaktivierungen führen die Lizenzen auf, die jeder Benutzer verliert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deactivating a user leaves their licences as they are on this service, as its answers to an earlier apply showed.</source>
        <translation>Das Deaktivieren eines Benutzers lässt seine Lizenzen in diesem Dienst unverändert, wie die Antworten auf einen früheren Anwendungslauf gezeigt haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deactivating a user takes their licences away (as the service documents). Previews of deactivations list the licences each user loses; ScimDesk checks this against what the service answers.</source>
        <translation>Das Deaktivieren eines Benutzers entzieht ihm seine Lizenzen (so dokumentiert es der Dienst). Vorschauen von Deaktivierungen führen die Lizenzen auf, die jeder Benutzer verliert; ScimDesk prüft das an den Antworten des Dienstes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whether deactivating a user takes their licences away here is not known yet: ScimDesk learns it from the first deactivation of a user with licences that it applies.</source>
        <translation>Ob das Deaktivieren eines Benutzers hier seine Lizenzen entzieht, ist noch nicht bekannt: ScimDesk erfährt es bei der ersten Deaktivierung eines Benutzers mit Lizenzen, die es anwendet.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>No group</source>
        <translation>Keine Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group granting %1</source>
        <translation>Gruppe, die %1 vergibt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The displayName of the group whose members get %1, exactly as the service spells it</source>
        <translation>Der displayName der Gruppe, deren Mitglieder %1 erhalten, genau so geschrieben wie im Dienst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>For each licence, choose the group whose members are exactly the active users holding it</source>
        <translation>Für jede Lizenz die Gruppe wählen, deren Mitglieder genau die aktiven Benutzer mit dieser Lizenz sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this connection and let its users load: the groups are proposed from them</source>
        <translation>Öffnen Sie diese Verbindung und lassen Sie ihre Benutzer laden: Die Gruppen werden aus ihnen vorgeschlagen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Only part of the directory is loaded (%L1 users, %L2 groups): check the proposal.</source>
        <translation>Nur ein Teil des Verzeichnisses ist geladen (%L1 Benutzer, %L2 Gruppen): Prüfen Sie den Vorschlag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the groups, then Save: nothing changes until you do.</source>
        <translation>Prüfen Sie die Gruppen und speichern Sie dann: Bis dahin ändert sich nichts.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 Choose the group that grants each licence (as set in the service&apos;s admin panel), then Save.</source>
        <translation>%1 Wählen Sie die Gruppe, die jede Lizenz vergibt (wie in der Verwaltungsoberfläche des Dienstes festgelegt), und speichern Sie dann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Check the groups, then Save: nothing changes until you do.</source>
        <translation>%1 Prüfen Sie die Gruppen und speichern Sie dann: Bis dahin ändert sich nichts.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Paste the token first.</source>
        <translation>Fügen Sie zuerst das Token ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Testing…</source>
        <translation>Test läuft …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A connection named &quot;%1&quot; already exists — choose another name.</source>
        <translation>Eine Verbindung namens „%1“ gibt es bereits — wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paste the token: a connection needs one.</source>
        <translation>Fügen Sie das Token ein: Eine Verbindung braucht eines.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Licences by group need a group for at least one licence: choose or type the group that grants it (Licences tab), or choose By attribute.</source>
        <translation>Lizenzen über Gruppen brauchen für mindestens eine Lizenz eine Gruppe: Wählen oder tippen Sie die Gruppe, die sie vergibt (Reiter Lizenzen), oder wählen Sie Über Attribute.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Storing the token in the keychain…</source>
        <translation>Token wird im Schlüsselbund gespeichert …</translation>
    </message>
</context>
<context>
    <name>ScimDesk::ConnectionOverview</name>
    <message>
        <location filename="../ui/ConnectionOverview.cpp" line="+24"/>
        <source>Connection name</source>
        <translation>Verbindungsname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service URL</source>
        <translation>Dienst-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service capabilities</source>
        <translation>Fähigkeiten des Dienstes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Users listed by the service: %L1</source>
        <translation>Vom Dienst aufgelistete Benutzer: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities: %1</source>
        <translation>Fähigkeiten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licences: %1</source>
        <translation>Lizenzen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User extensions: %1</source>
        <translation>Benutzererweiterungen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About this service: %1</source>
        <translation>Über diesen Dienst: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discovery took %L1 ms.</source>
        <translation>Die Erkennung dauerte %L1 ms.</translation>
    </message>
</context>
<context>
    <name>ScimDesk::ConnectionSession</name>
    <message>
        <location filename="../app/connections/ConnectionSession.cpp" line="+13"/>
        <source>No connection — add one with Connection &gt; New connection.</source>
        <translation>Keine Verbindung — fügen Sie eine über Verbindung &gt; Neue Verbindung hinzu.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <location line="+28"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1: reading the token from the keychain…</source>
        <translation>%1: Token wird aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: connecting…</source>
        <translation>%1: Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
</context>
<context>
    <name>ScimDesk::CsvTableModel</name>
    <message>
        <location filename="../app/csv/CsvTableModel.cpp" line="+83"/>
        <source>Untick to leave row %1 out of the plan</source>
        <translation>Haken entfernen, um Zeile %1 aus dem Plan wegzulassen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
</context>
<context>
    <name>ScimDesk::DetailsPane</name>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="+29"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCIM id</source>
        <translation>SCIM-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group memberships</source>
        <translation>Gruppenmitgliedschaften</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The selected user&apos;s attributes, licences and groups</source>
        <translation>Attribute, Lizenzen und Gruppen des ausgewählten Benutzers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Raw SCIM JSON (as the service returns it now)</source>
        <translation>SCIM-Rohdaten (JSON, wie der Dienst sie jetzt liefert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raw SCIM JSON</source>
        <translation>SCIM-Rohdaten (JSON)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Select a user to see the details.</source>
        <translation>Wählen Sie einen Benutzer aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The selected user is no longer loaded.</source>
        <translation>Der ausgewählte Benutzer ist nicht mehr geladen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (deactivated)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pending (not sent yet): %1</source>
        <translation>Ausstehend (noch nicht gesendet): %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This service does not describe licences.</source>
        <translation>Dieser Dienst beschreibt keine Lizenzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No licences</source>
        <translation>Keine Lizenzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a member of any loaded group</source>
        <translation>Mitglied keiner geladenen Gruppe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the user from the service…</source>
        <translation>Benutzer wird vom Dienst gelesen …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not read the user: %1</source>
        <translation>Der Benutzer konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ScimDesk::Directory</name>
    <message>
        <location filename="../app/directory/Directory.cpp" line="+225"/>
        <source>Groups could not be read: %1</source>
        <translation>Gruppen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups are incomplete: loading was stopped before all were read. Press F5 to load everything.</source>
        <translation>Gruppen sind unvollständig: Das Laden wurde gestoppt, bevor alle gelesen waren. Drücken Sie F5, um alles zu laden.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Loading users… %L1 of %L2</source>
        <translation>Benutzer werden geladen … %L1 von %L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen …</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>all %Ln users loaded</source>
        <translation>
            <numerusform>%Ln Benutzer geladen</numerusform>
            <numerusform>alle %Ln Benutzer geladen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(groups incomplete: F5 loads them)</source>
        <translation>(Gruppen unvollständig: F5 lädt sie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partial list: loading was cancelled after %L1 of %L2 users — press F5 to load everything.</source>
        <translation>Unvollständige Liste: Das Laden wurde nach %L1 von %L2 Benutzern abgebrochen — drücken Sie F5, um alles zu laden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incomplete list (%L1 of %L2 users): %3 Press F5 to try again.</source>
        <translation>Unvollständige Liste (%L1 von %L2 Benutzern): %3 Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>ScimDesk::GroupMembersModel</name>
    <message>
        <location filename="../app/directory/GroupModels.cpp" line="+199"/>
        <source>Deactivated: the service no longer lists this user (Lucid hides deactivated users); this is who the console saw before.</source>
        <translation>Deaktiviert: Der Dienst listet diesen Benutzer nicht mehr auf (Lucid blendet deaktivierte Benutzer aus); so hat die Konsole ihn zuvor gesehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This member is not among the loaded users: it may be outside the server-side filter, or the service leaves it out of lists (Lucid hides deactivated users). Look it up by user name on the Users page.</source>
        <translation>Dieses Mitglied ist nicht unter den geladenen Benutzern: Es liegt vielleicht außerhalb des serverseitigen Filters, oder der Dienst lässt es in Listen weg (Lucid blendet deaktivierte Benutzer aus). Suchen Sie es auf der Seite Benutzer über den Benutzernamen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(not loaded: %1)</source>
        <translation>(nicht geladen: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not listed</source>
        <translation>Nicht aufgelistet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated (not listed)</source>
        <translation>Deaktiviert (nicht aufgelistet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ScimDesk::GroupTableModel</name>
    <message>
        <location line="-104"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>ScimDesk::GroupsPage</name>
    <message>
        <location filename="../ui/GroupsPage.cpp" line="+38"/>
        <location line="+60"/>
        <source>Select a group to see its members.</source>
        <translation>Wählen Sie eine Gruppe aus, um ihre Mitglieder zu sehen.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Members of the selected group</source>
        <translation>Mitglieder der ausgewählten Gruppe</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 — members: %L2</source>
        <translation>%1 — Mitglieder: %L2</translation>
    </message>
</context>
<context>
    <name>ScimDesk::ImportConflictDialog</name>
    <message>
        <location filename="../ui/ImportConflictDialog.cpp" line="+63"/>
        <source>The file&apos;s</source>
        <translation>Die der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Ausstehende</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending now</source>
        <translation>Jetzt ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file asks</source>
        <translation>Die Datei verlangt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What stays</source>
        <translation>Was bleibt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pending changes and %1 disagree</source>
        <translation>Ausstehende Änderungen und %1 widersprechen sich</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln user(s) in %1 already have pending changes that the file contradicts.</source>
        <translation>
            <numerusform>%Ln Benutzer in %1 hat bereits ausstehende Änderungen, denen die Datei widerspricht.</numerusform>
            <numerusform>%Ln Benutzer in %1 haben bereits ausstehende Änderungen, denen die Datei widerspricht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything else in the file joins the pending changes. For each user below, tick &quot;What stays&quot; to use the file&apos;s changes instead of the pending ones (Space ticks the current row).</source>
        <translation>Alles andere aus der Datei kommt zu den ausstehenden Änderungen hinzu. Wählen Sie für jeden Benutzer unten unter „Was bleibt“ die Änderungen der Datei statt der ausstehenden (die Leertaste wählt für die aktuelle Zeile).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Users whose pending changes the file contradicts</source>
        <translation>Benutzer, deren ausstehenden Änderungen die Datei widerspricht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Keep all pending</source>
        <translation>Alle ausstehenden &amp;behalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the &amp;file for all</source>
        <translation>Für alle die &amp;Datei verwenden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add with these choices</source>
        <translation>Mit dieser Auswahl &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back to the import</source>
        <translation>&amp;Zurück zum Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is added; the import keeps your fixes</source>
        <translation>Nichts wird hinzugefügt; der Import behält Ihre Korrekturen</translation>
    </message>
</context>
<context>
    <name>ScimDesk::ImportDialog</name>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="+86"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to pending changes</source>
        <translation>Zu ausstehenden Änderungen &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import CSV — %1</source>
        <translation>CSV importieren — %1</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Looking up %Ln user(s) the service does not list…</source>
        <translation>
            <numerusform>%Ln Benutzer, den der Dienst nicht auflistet, wird gesucht …</numerusform>
            <numerusform>%Ln Benutzer, die der Dienst nicht auflistet, werden gesucht …</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the file HR sent (CSV or Excel &quot;Unicode text&quot;), or drop it on the main window.</source>
        <translation>Wählen Sie die Datei, die die Personalabteilung geschickt hat (CSV oder Excel „Unicode-Text“), oder ziehen Sie sie auf das Hauptfenster.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>UTF-16 LE (Excel Unicode text)</source>
        <translation>UTF-16 LE (Excel Unicode-Text)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipe |</source>
        <translation>Senkrechter Strich |</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file&apos;s rows; edit a cell to fix it</source>
        <translation>Die Zeilen der Datei; bearbeiten Sie eine Zelle, um sie zu korrigieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>User name (case-insensitive)</source>
        <translation>Benutzername (ohne Beachtung der Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Saved mappings</source>
        <translation>Gespeicherte Zuordnungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;mapping…</source>
        <translation>&amp;Zuordnung speichern …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>What the file means</source>
        <translation>Was die Datei bedeutet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Provision: create who is missing, update what differs, reactivate who is listed</source>
        <translation>&amp;Bereitstellen: anlegen, wer fehlt, aktualisieren, was abweicht, reaktivieren, wer aufgeführt ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;eprovision: everyone listed loses access</source>
        <translation>Bereitstellung &amp;aufheben: Alle Aufgeführten verlieren den Zugang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync: the file is the complete list — also deprovision every active user it leaves out</source>
        <translation>&amp;Synchronisieren: Die Datei ist die vollständige Liste — auch die Bereitstellung jedes aktiven Benutzers aufheben, der darin fehlt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deactivate (can be undone)</source>
        <translation>Deaktivieren (rückgängig zu machen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete (permanent)</source>
        <translation>Löschen (endgültig)</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>Also re&amp;voke their licences</source>
        <translation>Auch ihre Lizenzen &amp;entziehen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The file&apos;s columns and the attribute each fills</source>
        <translation>Die Spalten der Datei und das Attribut, das jede füllt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Match users by</source>
        <translation>Benutzer abgleichen über</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Matc&amp;h users by:</source>
        <translation>Benutzer abgleichen &amp;über:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Saved mappings:</source>
        <translation>&amp;Gespeicherte Zuordnungen:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Deprovision by</source>
        <translation>Bereitstellung aufheben durch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deprovision b&amp;y:</source>
        <translation>Bereitstellung aufheben d&amp;urch:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>What will change, per user</source>
        <translation>Was sich ändert, pro Benutzer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rows with errors</source>
        <translation>Zeilen mit Fehlern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave the selected rows &amp;out</source>
        <translation>Ausgewählte Zeilen &amp;weglassen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows with errors are not planned. Press Enter or double-click one to fix it in the file&apos;s grid, or leave it out:</source>
        <translation>Zeilen mit Fehlern werden nicht geplant. Drücken Sie die Eingabetaste oder doppelklicken Sie auf eine, um sie im Raster der Datei zu korrigieren, oder lassen Sie sie weg:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+219"/>
        <source>&amp;What will change</source>
        <translation>&amp;Was sich ändert</translation>
    </message>
    <message>
        <location line="-218"/>
        <location line="+219"/>
        <source>Rows with e&amp;rrors</source>
        <translation>Zeilen mit &amp;Fehlern</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Import a CSV file</source>
        <translation>Eine CSV-Datei importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open %1 instead?</source>
        <translation>Stattdessen %1 öffnen?</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… and %L1 more.</source>
        <translation>… und %L1 weitere.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose a file with a header row and at least one row.</source>
        <translation>Wählen Sie eine Datei mit einer Kopfzeile und mindestens einer Zeile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map a column to the matching key (user name, email or external ID) on the Columns step.</source>
        <translation>Ordnen Sie im Schritt Spalten eine Spalte dem Abgleichsschlüssel zu (Benutzername, E-Mail oder externe ID).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%L1 to deactivate</source>
        <translation>%L1 zu deaktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 to delete</source>
        <translation>%L1 zu löschen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This takes access away from %L1 users, more than this connection&apos;s limit of %L2: check the red rows below. Applying will ask you to type a confirmation.</source>
        <translation>Dies entzieht %L1 Benutzern den Zugang, mehr als die Grenze dieser Verbindung von %L2: Prüfen Sie die roten Zeilen unten. Beim Anwenden müssen Sie eine Bestätigung eintippen.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln user(s) in the file already have pending changes that the file contradicts: you choose which stay when you add.</source>
        <translation>
            <numerusform>%Ln Benutzer in der Datei hat bereits ausstehende Änderungen, denen die Datei widerspricht: Beim Hinzufügen wählen Sie, welche bleiben.</numerusform>
            <numerusform>%Ln Benutzer in der Datei haben bereits ausstehende Änderungen, denen die Datei widerspricht: Beim Hinzufügen wählen Sie, welche bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pending changes are the plan file %1: adding the import replaces it (you are asked first).</source>
        <translation>Die ausstehenden Änderungen sind die Plandatei %1: Das Hinzufügen des Imports ersetzt sie (Sie werden vorher gefragt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;What will change (%L1)</source>
        <translation>&amp;Was sich ändert (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows with e&amp;rrors (%L1)</source>
        <translation>Zeilen mit &amp;Fehlern (%L1)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Only %L1 of %L2 users are loaded</source>
        <translation>Nur %L1 von %L2 Benutzern sind geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only %L1 users are loaded</source>
        <translation>Nur %L1 Benutzer sind geladen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Users are still loading: the outcome is worked out once they are all in.</source>
        <translation>Benutzer werden noch geladen: Das Ergebnis wird ermittelt, sobald alle da sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (loading was stopped): users not loaded would look new, and a sync could not see who is missing. Close this dialog, load everything (F5), then import again.</source>
        <translation>%1 (das Laden wurde gestoppt): Nicht geladene Benutzer sähen neu aus, und eine Synchronisierung könnte nicht sehen, wer fehlt. Schließen Sie diesen Dialog, laden Sie alles (F5) und importieren Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: loading failed. %2 Close this dialog, load everything (F5), then import again.</source>
        <translation>%1: Das Laden ist fehlgeschlagen. %2 Schließen Sie diesen Dialog, laden Sie alles (F5) und importieren Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the users matching the filter %1 are loaded. Close this dialog, choose Show all on the Users page, then import again.</source>
        <translation>Nur die Benutzer, die zum Filter %1 passen, sind geladen. Schließen Sie diesen Dialog, wählen Sie auf der Seite Benutzer „Alle anzeigen“ und importieren Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file has a groups column: load the groups first, or set that column to &quot;(ignore)&quot; on the Columns step.</source>
        <translation>Die Datei hat eine Gruppenspalte: Laden Sie zuerst die Gruppen oder setzen Sie diese Spalte im Schritt Spalten auf „(ignorieren)“.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Replace the opened plan?</source>
        <translation>Den geöffneten Plan ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pending changes are the plan file %1, which cannot take other changes. Replace it with this import?</source>
        <translation>Die ausstehenden Änderungen sind die Plandatei %1, die keine weiteren Änderungen aufnehmen kann. Durch diesen Import ersetzen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo (Ctrl+Z) brings the plan back. Cancel returns to the import.</source>
        <translation>Rückgängig (Strg+Z) holt den Plan zurück. Abbrechen kehrt zum Import zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Discard this import?</source>
        <translation>Diesen Import verwerfen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Discard the import of %1?</source>
        <translation>Den Import von %1 verwerfen?</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The cells you fixed, the rows you left out and the columns you mapped are lost; a saved mapping is kept. Cancel returns to the import.</source>
        <translation>Die korrigierten Zellen, die weggelassenen Zeilen und die zugeordneten Spalten gehen verloren; eine gespeicherte Zuordnung bleibt erhalten. Abbrechen kehrt zum Import zurück.</translation>
    </message>
    <message>
        <location line="-270"/>
        <source>%1 and %2; read as %3, separated by &quot;%4&quot;.</source>
        <translation>%1 und %2; gelesen als %3, getrennt durch „%4“.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln Spalte</numerusform>
            <numerusform>%Ln Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+286"/>
        <source>Read %1 again as chosen?</source>
        <translation>%1 wie gewählt erneut einlesen?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Step 1 of 3 — the file</source>
        <translation>Schritt 1 von 3 — die Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step 2 of 3 — the columns</source>
        <translation>Schritt 2 von 3 — die Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3 of 3 — what will change</source>
        <translation>Schritt 3 von 3 — was sich ändert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (to use it for the next file like this):</source>
        <translation>Name (um sie für die nächste Datei dieser Art zu verwenden):</translation>
    </message>
</context>
<context>
    <name>ScimDesk::ImportMappingModel</name>
    <message>
        <location filename="../app/csv/ImportMappingModel.cpp" line="+38"/>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Attribute for %1</source>
        <translation>Attribut für %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
</context>
<context>
    <name>ScimDesk::ImportSession</name>
    <message>
        <location filename="../app/changes/ImportSession.cpp" line="+104"/>
        <source>Mapped with the saved mapping &quot;%1&quot;, made for a file with these columns.</source>
        <translation>Mit der gespeicherten Zuordnung „%1“ zugeordnet, die für eine Datei mit diesen Spalten erstellt wurde.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Found by looking up (not listed by the service): %1.</source>
        <translation>Durch Nachschlagen gefunden (vom Dienst nicht aufgelistet): %1.</translation>
    </message>
</context>
<context>
    <name>ScimDesk::LicenceSummaryWidget</name>
    <message>
        <location filename="../ui/LicenceSummaryWidget.cpp" line="+47"/>
        <source>Licence summary</source>
        <translation>Lizenzübersicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click the coloured part of a bar to list the licence&apos;s holders on the Users page, or the grey part to list the active users without it. The buttons beside each bar do the same from the keyboard.</source>
        <translation>Klicken Sie auf den farbigen Teil eines Balkens, um die Inhaber der Lizenz auf der Seite Benutzer aufzulisten, oder auf den grauen Teil für die aktiven Benutzer ohne sie. Die Schaltflächen neben jedem Balken tun dasselbe per Tastatur.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2 of %3 active users hold it, %4 do not</source>
        <translation>%1: %2 von %3 aktiven Benutzern haben sie, %4 nicht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No connection is open.</source>
        <translation>Keine Verbindung geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This service does not describe licences.</source>
        <translation>Dieser Dienst beschreibt keine Lizenzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licences held by active users (%L1 active users loaded)</source>
        <translation>Lizenzen aktiver Benutzer (%L1 aktive Benutzer geladen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No granting group is set for it in this connection.</source>
        <translation>In dieser Verbindung ist keine vergebende Gruppe dafür festgelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Granted by group “%1” (%2 members).</source>
        <translation>Vergeben über die Gruppe „%1“ (%2 Mitglieder).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No group grants it (group “%1” not found on the service).</source>
        <translation>Keine Gruppe vergibt sie (Gruppe „%1“ im Dienst nicht gefunden).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No group grants it (group “%1” not found on the service; “%2” is, but the name must match exactly).</source>
        <translation>Keine Gruppe vergibt sie (Gruppe „%1“ im Dienst nicht gefunden; „%2“ schon, aber der Name muss genau übereinstimmen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Granted by group “%1”.</source>
        <translation>Vergeben über die Gruppe „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted by group “%1” (not all groups could be read, so whether it exists is not known).</source>
        <translation>Vergeben über die Gruppe „%1“ (nicht alle Gruppen konnten gelesen werden, daher ist unbekannt, ob sie existiert).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Show holders</source>
        <translation>Inhaber anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show users without it</source>
        <translation>Benutzer ohne anzeigen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%L1 of %L2 active users hold it, %L3 do not</source>
        <translation>%L1 von %L2 aktiven Benutzern haben sie, %L3 nicht</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Show the active users holding %1</source>
        <translation>Die aktiven Benutzer mit %1 anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the active users without %1</source>
        <translation>Die aktiven Benutzer ohne %1 anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the active users holding %1 on the Users page</source>
        <translation>Die aktiven Benutzer mit %1 auf der Seite Benutzer auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the active users without %1 on the Users page</source>
        <translation>Die aktiven Benutzer ohne %1 auf der Seite Benutzer auflisten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Click the coloured part to list the %1 holders of %2 on the Users page, the grey part to list the %3 active users without it.</source>
        <translation>Klicken Sie auf den farbigen Teil, um die %1 Inhaber von %2 auf der Seite Benutzer aufzulisten, auf den grauen Teil für die %3 aktiven Benutzer ohne sie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Holders: %L1 (%2%)  ·  Active users without it: %L3</source>
        <translation>Inhaber: %L1 (%2 %)  ·  Aktive Benutzer ohne: %L3</translation>
    </message>
</context>
<context>
    <name>ScimDesk::ListPageScanner</name>
    <message>
        <location filename="../app/scim/ListPage.cpp" line="-547"/>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>garbage after the JSON object</source>
        <translation>Unerwartete Daten nach dem JSON-Objekt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>missing &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation>fehlendes &apos;,&apos; oder &apos;}&apos; in einem Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation>fehlendes &apos;,&apos; oder &apos;]&apos; in einem Array</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>missing &apos;:&apos; after a name</source>
        <translation>fehlendes &apos;:&apos; nach einem Namen</translation>
    </message>
    <message>
        <location line="+118"/>
        <location line="+53"/>
        <source>too deeply nested</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unexpected end of the document</source>
        <translation>unerwartetes Ende des Dokuments</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+52"/>
        <source>illegal value</source>
        <translation>ungültiger Wert</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <location line="+11"/>
        <source>illegal number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <location line="+101"/>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>illegal UTF-8 sequence</source>
        <translation>ungültige UTF-8-Sequenz</translation>
    </message>
    <message>
        <location line="-419"/>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <location line="+350"/>
        <location line="+14"/>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>illegal escape sequence</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
</context>
<context>
    <name>ScimDesk::LucidRestClient</name>
    <message>
        <location filename="../app/lucid/LucidRestClient.cpp" line="+23"/>
        <source>Sign in again with &apos;scimdesk-cli connection auth &quot;%1&quot; --lucid-rest&apos; (or Connection settings &gt; Sign in for document hand-over…).</source>
        <translation>Melden Sie sich erneut an mit &apos;scimdesk-cli connection auth &quot;%1&quot; --lucid-rest&apos; (oder Verbindungseinstellungen &gt; Für Dokumentübergabe anmelden …).</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>&quot;%1&quot; has no sign-in for Lucid&apos;s REST API, which handing documents over needs. Sign in with &apos;scimdesk-cli connection auth &quot;%1&quot; --lucid-rest&apos; (or Connection settings &gt; Sign in for document hand-over…).</source>
        <translation>„%1“ hat keine Anmeldung an der REST-API von Lucid, die für das Übergeben von Dokumenten nötig ist. Melden Sie sich an mit &apos;scimdesk-cli connection auth &quot;%1&quot; --lucid-rest&apos; (oder Verbindungseinstellungen &gt; Für Dokumentübergabe anmelden …).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Lucid refused the saved sign-in for its REST API (%1: %2). %3</source>
        <translation>Lucid hat die gespeicherte Anmeldung an seiner REST-API abgelehnt (%1: %2). %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lucid&apos;s token endpoint failed (%1): %2</source>
        <translation>Der Token-Endpunkt von Lucid ist fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lucid&apos;s token endpoint could not be reached: %1</source>
        <translation>Der Token-Endpunkt von Lucid war nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Lucid refused the access token for its REST API (401: %1). %2</source>
        <translation>Lucid hat das Zugriffstoken für seine REST-API abgelehnt (401: %1). %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lucid refused to hand over the documents (403: %1): the sign-in needs an account admin and the scope %2. %3</source>
        <translation>Lucid hat die Übergabe der Dokumente abgelehnt (403: %1): Die Anmeldung braucht einen Kontoadministrator und den Scope %2. %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lucid refused to hand over the documents (%1): %2</source>
        <translation>Lucid hat die Übergabe der Dokumente abgelehnt (%1): %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lucid&apos;s REST API could not be reached: %1</source>
        <translation>Die REST-API von Lucid war nicht erreichbar: %1</translation>
    </message>
</context>
<context>
    <name>ScimDesk::LucidSignIn</name>
    <message>
        <location filename="../app/lucid/LucidSignIn.cpp" line="+50"/>
        <source>No answer from the browser within %1 s. Open the address shown, sign in as a Lucid account admin and allow access, then try again.</source>
        <translation>Keine Antwort vom Browser innerhalb von %1 s. Öffnen Sie die angezeigte Adresse, melden Sie sich als Kontoadministrator von Lucid an, erlauben Sie den Zugriff und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No client secret is stored for &quot;%1&quot;: give the secret of the OAuth app registered in Lucid&apos;s developer portal.</source>
        <translation>Für „%1“ ist kein Client-Secret gespeichert: Geben Sie das Secret der OAuth-App an, die im Entwicklerportal von Lucid registriert ist.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot listen on a loopback port for the browser&apos;s answer.</source>
        <translation>Auf keinem Loopback-Port kann auf die Antwort des Browsers gewartet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ScimDesk received Lucid&apos;s answer. You can close this page and go back to ScimDesk.</source>
        <translation>ScimDesk hat die Antwort von Lucid erhalten. Sie können diese Seite schließen und zu ScimDesk zurückkehren.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Lucid did not grant access (%1): %2. Sign in as an account admin and allow access.</source>
        <translation>Lucid hat den Zugriff nicht gewährt (%1): %2. Melden Sie sich als Kontoadministrator an und erlauben Sie den Zugriff.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Lucid&apos;s token endpoint refused the sign-in (%1): %2. Check the client id and secret of the OAuth app and try again.</source>
        <translation>Der Token-Endpunkt von Lucid hat die Anmeldung abgelehnt (%1): %2. Prüfen Sie Client-ID und Client-Secret der OAuth-App und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lucid&apos;s token endpoint could not be reached: %1</source>
        <translation>Der Token-Endpunkt von Lucid war nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lucid granted access without a refresh token, so the sign-in would not last; check that the OAuth app may use offline access, and try again.</source>
        <translation>Lucid hat den Zugriff ohne Refresh-Token gewährt, daher würde die Anmeldung nicht bestehen bleiben; prüfen Sie, ob die OAuth-App Offline-Zugriff verwenden darf, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ScimDesk::LucidSignInPage</name>
    <message>
        <location filename="../ui/LucidSignInPage.cpp" line="+22"/>
        <source>Sign in for document &amp;hand-over…</source>
        <translation>Für Dokumentübergabe an&amp;melden …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From the OAuth app registered in Lucid&apos;s developer portal</source>
        <translation>Aus der im Entwicklerportal von Lucid registrierten OAuth-App</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <source>stored — type to replace</source>
        <translation>gespeichert — zum Ersetzen tippen</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The OAuth app&apos;s client secret</source>
        <translation>Das Client-Secret der OAuth-App</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+54"/>
        <source>Signed in: plans can hand a leaver&apos;s documents to someone.</source>
        <translation>Angemeldet: Pläne können die Dokumente einer ausscheidenden Person jemandem übergeben.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Lucid sends a deleted or delicensed user&apos;s documents to the account&apos;s default recipient. Sign in to Lucid&apos;s REST API so that an offboarding plan can hand them to someone you choose first.</source>
        <translation>Lucid gibt die Dokumente eines gelöschten Benutzers oder eines Benutzers ohne Lizenz an den Standardempfänger des Kontos. Melden Sie sich an der REST-API von Lucid an, damit ein Offboarding-Plan sie zuvor an eine Person Ihrer Wahl übergeben kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client &amp;id:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client s&amp;ecret:</source>
        <translation>Client-Se&amp;cret:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save the connection first, then sign in.</source>
        <translation>Speichern Sie zuerst die Verbindung und melden Sie sich dann an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting for Lucid in your browser: sign in as an account admin and allow access. If no browser opened, open this address: %1</source>
        <translation>Warten auf Lucid in Ihrem Browser: Melden Sie sich als Kontoadministrator an und erlauben Sie den Zugriff. Falls sich kein Browser geöffnet hat, öffnen Sie diese Adresse: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Starting the sign-in…</source>
        <translation>Anmeldung wird gestartet …</translation>
    </message>
</context>
<context>
    <name>ScimDesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+61"/>
        <location line="+308"/>
        <source>ScimDesk</source>
        <translation>ScimDesk</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Users</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licences</source>
        <translation>&amp;Lizenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+570"/>
        <source>&amp;Pending changes</source>
        <translation>Aus&amp;stehende Änderungen</translation>
    </message>
    <message>
        <location line="-569"/>
        <source>C&amp;onnection</source>
        <translation>Verbin&amp;dung</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows shown</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Users loaded</source>
        <translation>Geladene Benutzer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Users selected</source>
        <translation>Ausgewählte Benutzer</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New connection…</source>
        <translation>&amp;Neue Verbindung …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New connection…</source>
        <translation>Neu …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a SCIM service: its URL and token (Ctrl+N)</source>
        <translation>Einen SCIM-Dienst hinzufügen: seine URL und sein Token (Strg+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection &amp;settings…</source>
        <translation>Verbindungs&amp;einstellungen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the URL, token or limits of this connection</source>
        <translation>URL, Token oder Grenzen dieser Verbindung ändern</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Find a &amp;person everywhere…</source>
        <translation>&amp;Person überall suchen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for someone on every saved connection at once, and offboard them everywhere in one reviewed plan (Ctrl+Shift+F)</source>
        <translation>Jemanden auf allen gespeicherten Verbindungen gleichzeitig suchen und überall in einem überprüften Plan offboarden (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Export view to CSV…</source>
        <translation>Ansicht als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Export …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the users as they are filtered and sorted, with the visible columns</source>
        <translation>Die Benutzer so speichern, wie sie gefiltert und sortiert sind, mit den sichtbaren Spalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load users and groups again (F5)</source>
        <translation>Benutzer und Gruppen neu laden (F5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Stop loading</source>
        <translation>Laden s&amp;toppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop loading; the rows loaded so far stay, marked as partial (Esc)</source>
        <translation>Laden stoppen; die bisher geladenen Zeilen bleiben, als unvollständig markiert (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find users</source>
        <translation>Benutzer &amp;suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Columns…</source>
        <translation>S&amp;palten …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Details pane</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show or hide the selected user&apos;s details beside the table (F9)</source>
        <translation>Die Details des ausgewählten Benutzers neben der Tabelle ein- oder ausblenden (F9)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Using ScimDesk</source>
        <translation>ScimDesk &amp;verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About ScimDesk</source>
        <translation>Ü&amp;ber ScimDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection: </source>
        <translation>Verbindung: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>More toolbar actions</source>
        <translation>Weitere Aktionen der Werkzeugleiste</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No connections</source>
        <translation>Keine Verbindungen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No saved connection for the plan &quot;%1&quot; (%2) — add one with Connection &gt; New connection (Ctrl+N).</source>
        <translation>Keine gespeicherte Verbindung für den Plan „%1“ (%2) — fügen Sie eine über Verbindung &gt; Neue Verbindung (Strg+N) hinzu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No connection yet — add one with Connection &gt; New connection (Ctrl+N).</source>
        <translation>Noch keine Verbindung — fügen Sie eine über Verbindung &gt; Neue Verbindung (Strg+N) hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection named &quot;%1&quot;.</source>
        <translation>Keine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection yet.

Add one with Connection &gt; New connection (Ctrl+N): the service&apos;s SCIM base URL and an API token from its admin panel (Lucid: Admin &gt; App Integration &gt; SCIM).</source>
        <translation>Noch keine Verbindung.

Fügen Sie eine über Verbindung &gt; Neue Verbindung (Strg+N) hinzu: mit der SCIM-Basis-URL des Dienstes und einem API-Token aus seiner Administration (Lucid: Admin &gt; App Integration &gt; SCIM).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Switching to &quot;%1&quot; drops them.</source>
        <translation>Beim Wechsel zu „%1“ gehen sie verloren.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 — ScimDesk</source>
        <translation>%1 — ScimDesk</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%L1 selected</source>
        <translation>%L1 ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users: %L1</source>
        <translation>Benutzer: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users shown: %L1 of %L2</source>
        <translation>Angezeigte Benutzer: %L1 von %L2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export users to CSV</source>
        <translation>Benutzer als CSV exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 users.csv</source>
        <translation>%1 Benutzer.csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a byte-order mark (for Excel)</source>
        <translation>Byte-Order-Mark hinzufügen (für Excel)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %Ln user(s) to %1</source>
        <translation>
            <numerusform>%Ln Benutzer nach %1 exportiert</numerusform>
            <numerusform>%Ln Benutzer nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&lt;h3&gt;Using ScimDesk&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Connections.&lt;/b&gt; New connection (the toolbar, or Connection &amp;gt; New connection, Ctrl+N) asks for the service&apos;s SCIM base URL and bearer token. The token goes to the OS keychain and is never shown again; Connection settings can replace it. Test connection reports what the service supports and how many users it lists. Its Licences tab says whether licences go by attribute (the user&apos;s licence settings) or by group (membership in a group grants each licence, as on Lucid accounts with organisational groups), and proposes each licence&apos;s group from the directory: the group whose members are exactly its active holders. When the service ignored licence changes, the apply window offers these settings. On a Lucid connection, its Documents tab signs in to Lucid&apos;s REST API (Sign in for document hand-over…, in your browser), so that a plan can hand a leaver&apos;s documents to someone before deactivating or deleting them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Users.&lt;/b&gt; Rows appear as pages arrive; Esc stops loading (the list is then marked partial) and F5 loads again. Type in the search box (Ctrl+F) to filter the loaded users; click a column header to sort. &quot;On the service&quot; asks the service itself for an exact match — the way to find users a list leaves out, such as deactivated Lucid users; it clears the search so that nothing hides what it finds. Down goes from the search box to the table; the status bar counts the selected users. Right-click a header or use View &amp;gt; Columns to choose columns; they, the column widths and the panes are remembered per connection.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Details.&lt;/b&gt; Selecting a user shows what is pending for it, its attributes, licences, groups and the raw SCIM JSON as the service returns it now (Copy JSON); it follows the user through an apply. F9 (View &amp;gt; Details pane) hides or shows the pane.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Groups and Licences.&lt;/b&gt; Groups lists each group&apos;s members. Licences shows, per product, how many active users hold it and how many do not, and the group that grants it when licences go by group. Click a bar&apos;s coloured or grey part (or Show holders, Show users without it) to list those users on the Users page; the chip by the search box shows the filter, and its &amp;#x2715; clears it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pending changes.&lt;/b&gt; Select users, then use the Changes menu or the right-click menu (also Shift+F10 or the Menu key): Deactivate (Ctrl+D), Reactivate, Delete, Grant or Revoke a licence, Add to or Remove from a group. Nothing is sent yet, and Ctrl+Z / Ctrl+Shift+Z undo and redo. In the users table, a cell a pending change will change reads before &amp;rarr; after, in italics on amber. The Pending changes page (Ctrl+R) shows each change before &amp;rarr; after and the exact request; untick a change to leave it out. By group, a licence grant or revoke is a membership change of the licence&apos;s group. A deactivation says which licences the service takes away, and a reactivation gives back those ScimDesk recorded (or last saw the user hold), in a change of its own you can untick. Apply (Ctrl+Shift+A) checks that no other window or scimdesk-cli is applying to the connection, then the guards, asks for confirmation (typed, when many users would be deprovisioned; separately, for deletes), then shows progress and what did not apply. Where the service publishes rate limits (Slack, Zoom, GitHub, Miro, Databricks), every request waits for room within them, and the Pending changes page and the confirmation say beforehand how long applying will take at those limits. Plans can be saved and opened (Ctrl+S, Ctrl+O, or drop the file on the window) to share with &lt;tt&gt;scimdesk-cli&lt;/tt&gt;. An apply that was interrupted is offered to be finished when the connection opens; nothing is sent twice. One that cannot be finished (its journal cannot be read, or its plan is refused) can be set aside, which frees the connection. Changes &amp;gt; Audit log lists every apply (run) and its changes, and exports them. Revert run… there plans the opposite of a run (or of its selected changes) for review: deactivated users come back with their licences, updates go back to what they were; what someone changed on the service since is left unticked.&lt;/p&gt;&lt;p&gt;&lt;b&gt;One person everywhere.&lt;/b&gt; Connection &amp;gt; Find a person everywhere (Ctrl+Shift+F) looks for an email address or userName on every saved connection at once, or for everyone in a leavers file, and lists each connection&apos;s answer: found or not, active or deactivated, licences and groups, or why a connection could not be searched. Offboard… makes one plan with a section per connection that knows the person (deactivate, or delete), with each service&apos;s licence consequences. Apply sends each section to its own connection at the same time, each with its own guards, journal and audit run; one service refusing or failing does not stop the others, and the review then says per connection what happened. Save plan… keeps it for &lt;tt&gt;scimdesk-cli show&lt;/tt&gt; and &lt;tt&gt;apply&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Import CSV.&lt;/b&gt; Ctrl+I, or drop the file on the window: check the preview (encoding and delimiter are detected; the row numbers are the spreadsheet&apos;s), the columns and what each fills (save the mapping for next time), then choose provision, deprovision or sync and read the outcome: the counts (what takes access away in red, with a warning past the connection&apos;s limit) and every change per user, which opens to its attributes before &amp;rarr; after. Fix a row with errors in the grid (Enter on an error goes there) or leave it out, then Add to pending changes: the import joins what is pending. A user both change gets one change with both; where the file and a pending change disagree, you choose for each user which stays, and going back keeps everything you did in the import. A mapping you saved is used at once for a file with the same columns; German, French, Spanish and Dutch headers are recognised. New users get a display name from their given and family names unless the file gives one. The outcome needs every user loaded: while users load, the dialog waits for them; when only some are (stopped, or filtered on the service) it says what to do.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Export.&lt;/b&gt; Ctrl+E saves the users as filtered and sorted, with the visible columns, as CSV (optionally with a byte-order mark for Excel). Values that a spreadsheet would run as formulas are neutralised.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Opening files.&lt;/b&gt; &lt;tt&gt;scimdesk FILE&lt;/tt&gt;, or Open with ScimDesk in a file manager, opens a CSV in the import dialog and a plan in Pending changes (a plan opens the connection it was made for).&lt;/p&gt;&lt;p&gt;The same is available to scripts through &lt;tt&gt;scimdesk-cli&lt;/tt&gt; (see &lt;tt&gt;scimdesk-cli --help&lt;/tt&gt;).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ScimDesk verwenden&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Verbindungen.&lt;/b&gt; Neue Verbindung (in der Werkzeugleiste oder über Verbindung &amp;gt; Neue Verbindung, Strg+N) fragt nach der SCIM-Basis-URL und dem Bearer-Token des Dienstes. Das Token kommt in den Schlüsselbund des Betriebssystems und wird nie wieder angezeigt; in den Verbindungseinstellungen lässt es sich ersetzen. Verbindung testen meldet, was der Dienst unterstützt und wie viele Benutzer er auflistet. Der Reiter Lizenzen gibt an, ob Lizenzen über Attribute (die Lizenzeinstellungen des Benutzers) oder über Gruppen vergeben werden (die Mitgliedschaft in einer Gruppe vergibt jede Lizenz, wie bei Lucid-Konten mit Organisationsgruppen), und schlägt die Gruppe jeder Lizenz aus dem Verzeichnis vor: die Gruppe, deren Mitglieder genau ihre aktiven Inhaber sind. Hat der Dienst Lizenzänderungen ignoriert, bietet das Anwendungsfenster diese Einstellungen an. Bei einer Lucid-Verbindung meldet der Reiter Dokumente an der REST-API von Lucid an (Für Dokumentübergabe anmelden …, in Ihrem Browser), damit ein Plan die Dokumente einer ausscheidenden Person jemandem übergeben kann, bevor sie deaktiviert oder gelöscht wird.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Benutzer.&lt;/b&gt; Zeilen erscheinen, sobald Seiten eintreffen; Esc stoppt das Laden (die Liste ist dann als unvollständig markiert), F5 lädt neu. Tippen Sie in das Suchfeld (Strg+F), um die geladenen Benutzer zu filtern; klicken Sie auf eine Spaltenüberschrift, um zu sortieren. „Im Dienst“ fragt den Dienst selbst nach einer genauen Übereinstimmung — so finden Sie Benutzer, die eine Liste weglässt, etwa deaktivierte Lucid-Benutzer; dabei wird die Suche geleert, damit nichts das Gefundene verdeckt. Pfeil nach unten wechselt vom Suchfeld in die Tabelle; die Statusleiste zählt die ausgewählten Benutzer. Mit einem Rechtsklick auf eine Spaltenüberschrift oder über Ansicht &amp;gt; Spalten wählen Sie die Spalten; sie, die Spaltenbreiten und die Bereiche werden pro Verbindung gespeichert.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Details.&lt;/b&gt; Wenn Sie einen Benutzer auswählen, sehen Sie, was für ihn aussteht, seine Attribute, Lizenzen, Gruppen und die SCIM-Rohdaten (JSON), wie der Dienst sie jetzt liefert (JSON kopieren); die Anzeige folgt dem Benutzer durch einen Anwendungslauf. F9 (Ansicht &amp;gt; Detailbereich) blendet den Bereich ein oder aus.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gruppen und Lizenzen.&lt;/b&gt; Gruppen zeigt die Mitglieder jeder Gruppe. Lizenzen zeigt pro Produkt, wie viele aktive Benutzer es haben und wie viele nicht, und die vergebende Gruppe, wenn Lizenzen über Gruppen vergeben werden. Klicken Sie auf den farbigen oder grauen Teil eines Balkens (oder auf Inhaber anzeigen, Benutzer ohne anzeigen), um diese Benutzer auf der Seite Benutzer aufzulisten; das Kärtchen neben dem Suchfeld zeigt den Filter, und sein &amp;#x2715; hebt ihn auf.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ausstehende Änderungen.&lt;/b&gt; Wählen Sie Benutzer aus und verwenden Sie dann das Menü Änderungen oder das Kontextmenü (auch Umschalt+F10 oder die Menütaste): Deaktivieren (Strg+D), Reaktivieren, Löschen, eine Lizenz vergeben oder entziehen, zu einer Gruppe hinzufügen oder aus ihr entfernen. Noch wird nichts gesendet, und Strg+Z / Strg+Umschalt+Z machen rückgängig und wiederholen. In der Benutzertabelle zeigt eine Zelle, die eine ausstehende Änderung ändern wird, vorher &amp;rarr; nachher, kursiv auf Bernstein. Die Seite Ausstehende Änderungen (Strg+R) zeigt jede Änderung vorher &amp;rarr; nachher und die genaue Anfrage; entfernen Sie den Haken einer Änderung, um sie wegzulassen. Über Gruppen ist das Vergeben oder Entziehen einer Lizenz eine Mitgliedschaftsänderung der Gruppe der Lizenz. Eine Deaktivierung nennt die Lizenzen, die der Dienst entzieht, und eine Reaktivierung gibt die zurück, die ScimDesk festgehalten (oder zuletzt beim Benutzer gesehen) hat, in einer eigenen Änderung, deren Haken Sie entfernen können. Anwenden (Strg+Umschalt+A) prüft, dass kein anderes Fenster und kein scimdesk-cli Änderungen auf die Verbindung anwendet, dann die Schutzregeln, fragt nach einer Bestätigung (eingetippt, wenn bei vielen Benutzern die Bereitstellung aufgehoben würde; gesondert für Löschungen) und zeigt dann den Fortschritt und was nicht angewendet wurde. Wo der Dienst Ratenlimits veröffentlicht (Slack, Zoom, GitHub, Miro, Databricks), wartet jede Anfrage, bis diese Limits Raum lassen, und die Seite Ausstehende Änderungen und die Bestätigung sagen vorab, wie lange das Anwenden bei diesen Limits dauern wird. Pläne lassen sich speichern und öffnen (Strg+S, Strg+O, oder die Datei auf das Fenster ziehen), um sie mit &lt;tt&gt;scimdesk-cli&lt;/tt&gt; auszutauschen. Ein unterbrochener Anwendungslauf wird beim Öffnen der Verbindung zum Abschließen angeboten; nichts wird doppelt gesendet. Einer, der nicht abgeschlossen werden kann (sein Journal ist nicht lesbar oder sein Plan wird abgelehnt), lässt sich beiseitelegen, was die Verbindung freigibt. Änderungen &amp;gt; Audit-Protokoll listet jeden Anwendungslauf (Lauf) und seine Änderungen auf und exportiert sie. Lauf zurücknehmen … plant dort das Gegenteil eines Laufs (oder seiner ausgewählten Änderungen) zur Überprüfung: Deaktivierte Benutzer kommen mit ihren Lizenzen zurück, Aktualisierungen kehren zum vorigen Stand zurück; was seitdem jemand im Dienst geändert hat, bleibt ohne Haken.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Eine Person überall.&lt;/b&gt; Verbindung &amp;gt; Person überall suchen (Strg+Umschalt+F) sucht eine E-Mail-Adresse oder einen userName auf allen gespeicherten Verbindungen gleichzeitig, oder alle Personen aus einer Liste der Ausscheidenden, und zeigt die Antwort jeder Verbindung: gefunden oder nicht, aktiv oder deaktiviert, Lizenzen und Gruppen, oder warum eine Verbindung nicht durchsucht werden konnte. Offboarden … erstellt einen Plan mit einem Abschnitt pro Verbindung, die die Person kennt (deaktivieren oder löschen), mit den Lizenzfolgen jedes Dienstes. Anwenden sendet jeden Abschnitt gleichzeitig an seine eigene Verbindung, jeden mit eigenen Schutzregeln, eigenem Journal und eigenem Lauf im Audit-Protokoll; lehnt ein Dienst ab oder schlägt fehl, hält das die anderen nicht auf, und die Überprüfung zeigt danach pro Verbindung, was geschehen ist. Plan speichern … bewahrt ihn für &lt;tt&gt;scimdesk-cli show&lt;/tt&gt; und &lt;tt&gt;apply&lt;/tt&gt; auf.&lt;/p&gt;&lt;p&gt;&lt;b&gt;CSV importieren.&lt;/b&gt; Strg+I, oder ziehen Sie die Datei auf das Fenster: Prüfen Sie die Vorschau (Kodierung und Trennzeichen werden erkannt; die Zeilennummern sind die der Tabellenkalkulation), die Spalten und was jede füllt (speichern Sie die Zuordnung für das nächste Mal), wählen Sie dann Bereitstellen, Bereitstellung aufheben oder Synchronisieren und lesen Sie das Ergebnis: die Anzahlen (was Zugang entzieht, in Rot, mit einer Warnung jenseits der Grenze der Verbindung) und jede Änderung pro Benutzer, die sich zu ihren Attributen vorher &amp;rarr; nachher aufklappen lässt. Korrigieren Sie eine Zeile mit Fehlern im Raster (die Eingabetaste auf einem Fehler springt dorthin) oder lassen Sie sie weg, dann Zu ausstehenden Änderungen hinzufügen: Der Import kommt zu dem hinzu, was aussteht. Ein Benutzer, den beide ändern, erhält eine Änderung mit beidem; wo die Datei und eine ausstehende Änderung sich widersprechen, wählen Sie für jeden Benutzer, was bleibt, und wer zurückgeht, behält alles, was er im Import getan hat. Eine gespeicherte Zuordnung wird sofort für eine Datei mit denselben Spalten verwendet; deutsche, französische, spanische und niederländische Spaltenüberschriften werden erkannt. Neue Benutzer erhalten einen Anzeigenamen aus Vor- und Nachname, sofern die Datei keinen angibt. Das Ergebnis braucht alle Benutzer geladen: Während Benutzer laden, wartet der Dialog auf sie; ist nur ein Teil geladen (gestoppt oder im Dienst gefiltert), sagt er, was zu tun ist.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Export.&lt;/b&gt; Strg+E speichert die Benutzer so, wie sie gefiltert und sortiert sind, mit den sichtbaren Spalten als CSV (wahlweise mit Byte-Order-Mark für Excel). Werte, die eine Tabellenkalkulation als Formel ausführen würde, werden entschärft.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dateien öffnen.&lt;/b&gt; &lt;tt&gt;scimdesk DATEI&lt;/tt&gt; oder Öffnen mit ScimDesk in einem Dateimanager öffnet eine CSV-Datei im Importdialog und einen Plan unter Ausstehende Änderungen (ein Plan öffnet die Verbindung, für die er erstellt wurde).&lt;/p&gt;&lt;p&gt;Dasselbe steht Skripten über &lt;tt&gt;scimdesk-cli&lt;/tt&gt; zur Verfügung (siehe &lt;tt&gt;scimdesk-cli --help&lt;/tt&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&lt;p&gt;&lt;b&gt;Keyboard and screen readers.&lt;/b&gt; Every command is in the menus (Alt with the underlined letter opens one) and most have a shortcut; Tab moves between controls and leaves a table, whose rows and cells the arrow keys move through. Screen readers (Orca) name every control, announce the tables&apos; column headers and each row&apos;s user, group or row number, and read each licence bar&apos;s counts. Red is never the only sign: errors and deprovisioning also have a warning icon or say so in words.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tastatur und Bildschirmleser.&lt;/b&gt; Jeder Befehl steht in den Menüs (Alt mit dem unterstrichenen Buchstaben öffnet eines), und die meisten haben ein Tastenkürzel; Tab wechselt zwischen Bedienelementen und verlässt eine Tabelle, durch deren Zeilen und Zellen die Pfeiltasten führen. Bildschirmleser (Orca) nennen jedes Bedienelement, sagen die Spaltenüberschriften der Tabellen und den Benutzer, die Gruppe oder die Zeilennummer jeder Zeile an und lesen die Anzahlen jedes Lizenzbalkens vor. Rot ist nie das einzige Zeichen: Fehler und das Aufheben der Bereitstellung haben auch ein Warnsymbol oder werden in Worten genannt.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%Ln pending change(s) have not been applied. %1</source>
        <translation>
            <numerusform>%Ln ausstehende Änderung wurde nicht angewendet. %1</numerusform>
            <numerusform>%Ln ausstehende Änderungen wurden nicht angewendet. %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Using ScimDesk</source>
        <translation>ScimDesk verwenden</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>About ScimDesk</source>
        <translation>Über ScimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ScimDesk %1&lt;/h3&gt;&lt;p&gt;Provision and deprovision users and licences in SaaS applications over SCIM 2.0.&lt;/p&gt;&lt;p&gt;Tokens are kept in the OS keychain only.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ScimDesk %1&lt;/h3&gt;&lt;p&gt;Benutzer und Lizenzen in SaaS-Anwendungen über SCIM 2.0 bereitstellen und ihre Bereitstellung aufheben.&lt;/p&gt;&lt;p&gt;Tokens werden nur im Schlüsselbund des Betriebssystems aufbewahrt.&lt;/p&gt;&lt;p&gt;MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Discard pending changes?</source>
        <translation>Ausstehende Änderungen verwerfen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the plan (Changes &gt; Save plan) to keep them for later.</source>
        <translation>Speichern Sie den Plan (Änderungen &gt; Plan speichern), um sie für später aufzubewahren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Pending changes (%L1)</source>
        <translation>Aus&amp;stehende Änderungen (%L1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quitting drops them.</source>
        <translation>Beim Beenden gehen sie verloren.</translation>
    </message>
</context>
<context>
    <name>ScimDesk::OffboardDialog</name>
    <message>
        <location filename="../ui/OffboardDialog.cpp" line="+37"/>
        <source>Find a person everywhere</source>
        <translation>Person überall suchen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Email or userName:</source>
        <translation>&amp;E-Mail oder userName:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ada@example.com</source>
        <translation>ada@example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search all connections</source>
        <translation>Alle Verbindungen &amp;durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leavers file…</source>
        <translation>&amp;Liste der Ausscheidenden …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for everyone in a CSV file&apos;s email (or userName) column</source>
        <translation>Alle aus der Spalte „email“ (oder „userName“) einer CSV-Datei suchen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Searches every saved connection at once; sends only reads.</source>
        <translation>Durchsucht alle gespeicherten Verbindungen gleichzeitig; sendet nur Lesezugriffe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accounts found</source>
        <translation>Gefundene Konten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+70"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+261"/>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Groups or problem</source>
        <translation>Gruppen oder Problem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offboarding &amp;does:</source>
        <translation>&amp;Beim Offboarding:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deactivate the accounts</source>
        <translation>Konten deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the accounts</source>
        <translation>Konten löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lucid doc&amp;uments:</source>
        <translation>Lucid-Dok&amp;umente:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>go to the account&apos;s default recipient</source>
        <translation>gehen an den Standardempfänger des Kontos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go to the person&apos;s manager</source>
        <translation>gehen an die Führungskraft der Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go to this address:</source>
        <translation>gehen an diese Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handing documents over needs the connection&apos;s sign-in for Lucid&apos;s REST API (Connection settings &gt; Documents)</source>
        <translation>Das Übergeben von Dokumenten braucht die Anmeldung der Verbindung an der REST-API von Lucid (Verbindungseinstellungen &gt; Dokumente)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address that gets the documents</source>
        <translation>Adresse, die die Dokumente erhält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grace@example.com</source>
        <translation>grace@example.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Offboard…</source>
        <translation>&amp;Offboarden …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make one plan with a section per connection that knows them, and review it before anything is sent</source>
        <translation>Einen Plan mit einem Abschnitt pro Verbindung erstellen, die die Personen kennt, und ihn überprüfen, bevor etwas gesendet wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Offboarding plan, by connection</source>
        <translation>Offboarding-Plan, nach Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Was sie bewirkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save plan…</source>
        <translation>Plan spei&amp;chern …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the plan as a file, for &apos;scimdesk-cli show&apos; and &apos;apply&apos;</source>
        <translation>Den Plan als Datei aufbewahren, für &apos;scimdesk-cli show&apos; und &apos;apply&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply…</source>
        <translation>&amp;Anwenden …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Type an email address or a userName first.</source>
        <translation>Geben Sie zuerst eine E-Mail-Adresse oder einen userName ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leavers file</source>
        <translation>Liste der Ausscheidenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 names nobody: it needs a column &quot;email&quot; (or &quot;userName&quot;) with one leaver a row.</source>
        <translation>%1 nennt niemanden: Die Datei braucht eine Spalte „email“ (oder „userName“) mit einer ausscheidenden Person pro Zeile.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No saved connections: add one with Connection &gt; New connection.</source>
        <translation>Keine gespeicherten Verbindungen: Fügen Sie eine über Verbindung &gt; Neue Verbindung hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Searching… %1 of %2 answered.</source>
        <translation>Suche läuft … %1 von %2 haben geantwortet.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Searching %n connection(s)…</source>
        <translation>
            <numerusform>%n Verbindung wird durchsucht …</numerusform>
            <numerusform>%n Verbindungen werden durchsucht …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Found %n active account(s).</source>
        <translation>
            <numerusform>%n aktives Konto gefunden.</numerusform>
            <numerusform>%n aktive Konten gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n connection(s) could not be searched: the person may have an account there.</source>
        <translation>
            <numerusform>%n Verbindung konnte nicht durchsucht werden: Die Person hat dort vielleicht ein Konto.</numerusform>
            <numerusform>%n Verbindungen konnten nicht durchsucht werden: Die Person hat dort vielleicht ein Konto.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type the address that gets the documents.</source>
        <translation>Geben Sie die Adresse ein, die die Dokumente erhält.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The offboarding cannot be planned</source>
        <translation>Das Offboarding kann nicht geplant werden</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing to do: no connection has an active account to offboard.</source>
        <translation>Nichts zu tun: Keine Verbindung hat ein aktives Konto zum Offboarden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not found there: nothing is sent</source>
        <translation>dort nicht gefunden: Es wird nichts gesendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not searched, not in this plan: %1</source>
        <translation>nicht durchsucht, nicht in diesem Plan: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the offboarding plan</source>
        <translation>Offboarding-Plan speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offboarding.json</source>
        <translation>offboarding.json</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plans (*.json)</source>
        <translation>Pläne (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Connecting to %n service(s)…</source>
        <translation>
            <numerusform>Verbindung mit %n Dienst wird hergestellt …</numerusform>
            <numerusform>Verbindung mit %n Diensten wird hergestellt …</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applying… each connection on its own. This window stays open until every one has finished.</source>
        <translation>Wird angewendet … jede Verbindung für sich. Dieses Fenster bleibt offen, bis alle fertig sind.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing can be applied</source>
        <translation>Nichts kann angewendet werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirm mass deprovisioning</source>
        <translation>Massenhaftes Aufheben der Bereitstellung bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some connections deprovision more users than their limit. Type %1 to confirm deprovisioning them.</source>
        <translation>Einige Verbindungen heben die Bereitstellung für mehr Benutzer auf, als ihre Grenze erlaubt. Tippen Sie %1 ein, um das Aufheben ihrer Bereitstellung zu bestätigen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apply the offboarding</source>
        <translation>Offboarding anwenden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Apply %n change(s)? Each connection keeps its own guards, journal and audit record.</source>
        <translation>
            <numerusform>%n Änderung anwenden? Jede Verbindung behält ihre eigenen Schutzregeln, ihr eigenes Journal und ihren eigenen Eintrag im Audit-Protokoll.</numerusform>
            <numerusform>%n Änderungen anwenden? Jede Verbindung behält ihre eigenen Schutzregeln, ihr eigenes Journal und ihren eigenen Eintrag im Audit-Protokoll.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Applied everything on %1 of %n connection(s). Each connection&apos;s audit log has the run; Changes &gt; Audit log reverts it.</source>
        <translation>
            <numerusform>Auf %1 von %n Verbindung wurde alles angewendet. Das Audit-Protokoll jeder Verbindung enthält den Lauf; unter Änderungen &gt; Audit-Protokoll lässt er sich zurücknehmen.</numerusform>
            <numerusform>Auf %1 von %n Verbindungen wurde alles angewendet. Das Audit-Protokoll jeder Verbindung enthält den Lauf; unter Änderungen &gt; Audit-Protokoll lässt er sich zurücknehmen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScimDesk::PagedReader</name>
    <message>
        <location filename="../app/scim/PagedReader.cpp" line="+151"/>
        <source>a list response without totalResults</source>
        <translation>eine Listenantwort ohne totalResults</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>%1 requests for %2 resources</source>
        <translation>%1 Anfragen für %2 Ressourcen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The service reported %L1 but %L2 arrived</source>
        <translation>Der Dienst meldete %L1, aber %L2 kamen an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%L1 missing)</source>
        <translation>(%L1 fehlen)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln entries had no id and were left out</source>
        <translation>
            <numerusform>%Ln Eintrag hatte keine ID und wurde weggelassen</numerusform>
            <numerusform>%Ln Einträge hatten keine ID und wurden weggelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln ids came more than once: %1%2</source>
        <translation>
            <numerusform>%Ln ID kam mehrfach vor: %1%2</numerusform>
            <numerusform>%Ln IDs kamen mehrfach vor: %1%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its list ends after %L1 entries, so its count cannot be true and this listing may be incomplete. Report this to the service&apos;s vendor.</source>
        <translation>seine Liste endet nach %L1 Einträgen, daher kann seine Anzahl nicht stimmen, und diese Liste ist möglicherweise unvollständig. Melden Sie dies dem Hersteller des Dienstes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the directory changed while it was read — refresh to be sure.</source>
        <translation>das Verzeichnis hat sich beim Lesen geändert — laden Sie neu, um sicherzugehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service&apos;s list is inconsistent, so this listing is incomplete.</source>
        <translation>die Liste des Dienstes ist widersprüchlich, daher ist diese Liste unvollständig.</translation>
    </message>
</context>
<context>
    <name>ScimDesk::PlanDiffModel</name>
    <message>
        <location filename="../app/changes/PlanDiffModel.cpp" line="+61"/>
        <source>Work email</source>
        <translation>Geschäftliche E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 licence</source>
        <translation>Lizenz %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln attributes</source>
        <translation>
            <numerusform>%Ln Attribut</numerusform>
            <numerusform>%Ln Attribute</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>User or group</source>
        <translation>Benutzer oder Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>ScimDesk::PlanModel</name>
    <message>
        <location filename="../app/changes/PlanModel.cpp" line="+32"/>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 — %L2</source>
        <translation>%1 — %L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %L2 of %L3 included</source>
        <translation>%1 — %L2 von %L3 einbezogen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Request: %1</source>
        <translation>Anfrage: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>ScimDesk::ReadBackVerifier</name>
    <message>
        <location filename="../app/changes/ReadBackVerifier.cpp" line="+108"/>
        <source>%1 is not a member of %2</source>
        <translation>%1 ist kein Mitglied von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is still a member of %2</source>
        <translation>%1 ist noch Mitglied von %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is %2 on the service, not %3</source>
        <translation>%1 ist im Dienst %2, nicht %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the user still exists on the service</source>
        <translation>der Benutzer existiert im Dienst noch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the group still exists on the service</source>
        <translation>die Gruppe existiert im Dienst noch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the resource is gone from the service</source>
        <translation>die Ressource ist im Dienst nicht mehr vorhanden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not applied by the service: %1</source>
        <translation>vom Dienst nicht angewendet: %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>joined %1, but %2 does not hold %3: check that the group grants %3 in the service&apos;s admin panel</source>
        <translation>ist %1 beigetreten, aber %2 hat %3 nicht: Prüfen Sie in der Verwaltungsoberfläche des Dienstes, ob die Gruppe %3 vergibt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>left %1, but %2 still holds %3: another group or the service&apos;s admin panel grants it</source>
        <translation>hat %1 verlassen, aber %2 hat %3 noch: Eine andere Gruppe oder die Verwaltungsoberfläche des Dienstes vergibt die Lizenz</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>applied, but could not be read back to check: the service did not show the group&apos;s members</source>
        <translation>angewendet, konnte aber zur Kontrolle nicht zurückgelesen werden: Der Dienst hat die Mitglieder der Gruppe nicht angezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applied, but could not be read back to check: %1</source>
        <translation>angewendet, konnte aber zur Kontrolle nicht zurückgelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ScimDesk::RevertPlanner</name>
    <message>
        <location filename="../app/audit/RevertPlanner.cpp" line="+248"/>
        <source>revert of run %1</source>
        <translation>Rücknahme von Lauf %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A new account with a new id: the user&apos;s history and documents on the service are not restored.</source>
        <translation>Ein neues Konto mit neuer ID: Verlauf und Dokumente des Benutzers im Dienst werden nicht wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conflict: changed since the run (%1). Tick it to overwrite.</source>
        <translation>Konflikt: seit dem Lauf geändert (%1). Haken Sie es an, um es zu überschreiben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Skipped: %1&apos;s documents were handed to %2, and a hand-over cannot be reverted. If %1 comes back, %2 can share or transfer them back in Lucid.</source>
        <translation>Übersprungen: Die Dokumente von %1 wurden übergeben (Empfänger: %2), und eine Übergabe lässt sich nicht zurücknehmen. Kommt %1 zurück, kann %2 sie in Lucid wieder freigeben oder zurückübertragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another user</source>
        <translation>ein anderer Benutzer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is no longer on the service: its change (%2) is not undone.</source>
        <translation>%1 ist nicht mehr im Dienst: Seine Änderung (%2) wird nicht rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The group &quot;%1&quot; the run created is left in place: members have joined it since.</source>
        <translation>Die vom Lauf angelegte Gruppe „%1“ bleibt bestehen: Inzwischen sind ihr Mitglieder beigetreten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 was deleted, but the audit log holds no record of the account to create it again from.</source>
        <translation>%1 wurde gelöscht, aber das Audit-Protokoll enthält keinen Datensatz des Kontos, aus dem es neu angelegt werden könnte.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 is %2 now, not %3 as the run left it</source>
        <translation>%1 ist jetzt %2, nicht %3, wie der Lauf es hinterließ</translation>
    </message>
</context>
<context>
    <name>ScimDesk::ReviewPage</name>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="+67"/>
        <source>&amp;Apply…</source>
        <translation>&amp;Anwenden …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove from queue</source>
        <translation>Aus der Warteschlange &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open plan…</source>
        <translation>Plan ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save plan…</source>
        <translation>Plan spei&amp;chern …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear queue</source>
        <translation>Warteschlange &amp;leeren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Search the plan: user, group, request…</source>
        <translation>Plan durchsuchen: Benutzer, Gruppe, Anfrage …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the plan</source>
        <translation>Plan durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the plan search</source>
        <translation>Plansuche leeren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The selected change and its request</source>
        <translation>Die ausgewählte Änderung und ihre Anfrage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take the selected changes out of the queue (Delete)</source>
        <translation>Die ausgewählten Änderungen aus der Warteschlange nehmen (Entf)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No pending changes. Select users on the Users page and choose what to do from the Changes menu or the right-click menu — or open a plan made with scimdesk-cli.</source>
        <translation>Keine ausstehenden Änderungen. Wählen Sie auf der Seite Benutzer Benutzer aus und wählen Sie im Menü Änderungen oder im Kontextmenü, was geschehen soll — oder öffnen Sie einen mit scimdesk-cli erstellten Plan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — for &quot;%2&quot;</source>
        <translation>%1 — für „%2“</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>work email</source>
        <translation>geschäftliche E-Mail</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>core schema</source>
        <translation>Kernschema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 extension</source>
        <translation>Erweiterung %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Request:</source>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Asked for: %1</source>
        <translation>Verlangt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excluded: it will not be sent.</source>
        <translation>Ausgeschlossen: Wird nicht gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent with the connection&apos;s bearer token, which never appears in a plan or a log.</source>
        <translation>Wird mit dem Bearer-Token der Verbindung gesendet, das nie in einem Plan oder Protokoll erscheint.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent after: %1</source>
        <translation>Gesendet nach: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select a change to see exactly what will be sent.</source>
        <translation>Wählen Sie eine Änderung aus, um genau zu sehen, was gesendet wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: select a change to see exactly what will be sent; untick the box to leave them all out.</source>
        <translation>%1: Wählen Sie eine Änderung aus, um genau zu sehen, was gesendet wird; entfernen Sie den Haken, um alle wegzulassen.</translation>
    </message>
</context>
<context>
    <name>ScimDesk::ScimClient</name>
    <message>
        <location filename="../app/scim/ScimClient.cpp" line="+168"/>
        <source>the request %1 does not resolve below %2</source>
        <translation>die Anfrage %1 liegt nicht unterhalb von %2</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>ScimDesk::SectionedApply</name>
    <message>
        <location filename="../app/people/SectionedApply.cpp" line="+15"/>
        <source>connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>ready: %n change(s) to send</source>
        <translation>
            <numerusform>bereit: %n Änderung zu senden</numerusform>
            <numerusform>bereit: %n Änderungen zu senden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused, nothing sent: %1</source>
        <translation>abgelehnt, nichts gesendet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not applied: %1</source>
        <translation>nicht angewendet: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>applied %1, failed %2, not applied by the service %3, skipped %4</source>
        <translation>angewendet %1, fehlgeschlagen %2, vom Dienst nicht angewendet %3, übersprungen %4</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>no saved connection for &quot;%1&quot; (%2): add it with &apos;scimdesk-cli connection add&apos; or in Connection &gt; New connection.</source>
        <translation>keine gespeicherte Verbindung für „%1“ (%2): Fügen Sie sie mit &apos;scimdesk-cli connection add&apos; oder über Verbindung &gt; Neue Verbindung hinzu.</translation>
    </message>
</context>
<context>
    <name>ScimDesk::ServiceDiscovery</name>
    <message>
        <location filename="../app/scim/ServiceDiscovery.cpp" line="+53"/>
        <source>/Schemas could not be read (%1); attributes are assumed from the preset.</source>
        <translation>/Schemas konnte nicht gelesen werden (%1); die Attribute werden aus der Vorlage angenommen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>/ResourceTypes could not be read (%1).</source>
        <translation>/ResourceTypes konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a list response without totalResults</source>
        <translation>eine Listenantwort ohne totalResults</translation>
    </message>
</context>
<context>
    <name>ScimDesk::UserTableModel</name>
    <message>
        <location filename="../app/directory/UserTableModel.cpp" line="+360"/>
        <location line="+21"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <location filename="../ui/UsersPage.cpp" line="+531"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+59"/>
        <location filename="../ui/UsersPage.cpp" line="+0"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pending (not sent yet): %1</source>
        <translation>Ausstehend (noch nicht gesendet): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holds %1</source>
        <translation>Hat %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No %1 licence</source>
        <translation>Keine Lizenz %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
</context>
<context>
    <name>ScimDesk::UsersPage</name>
    <message>
        <location filename="../ui/UsersPage.cpp" line="-392"/>
        <source>Search loaded users (Ctrl+F)</source>
        <translation>Geladene Benutzer durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick search</source>
        <translation>Schnellsuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filters the loaded users as you type; Down goes to the table</source>
        <translation>Filtert die geladenen Benutzer während der Eingabe; Pfeil nach unten wechselt zur Tabelle</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Attribute to look up on the service</source>
        <translation>Im Dienst nachzuschlagendes Attribut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>equals… (asks the service)</source>
        <translation>ist gleich … (fragt den Dienst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value to look up on the service</source>
        <translation>Im Dienst nachzuschlagender Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the service for users whose attribute equals this value — finds users the list leaves out, such as deactivated Lucid users.</source>
        <translation>Den Dienst nach Benutzern fragen, deren Attribut diesem Wert gleicht — findet Benutzer, die die Liste weglässt, etwa deaktivierte Lucid-Benutzer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load every listed user again</source>
        <translation>Jeden aufgelisteten Benutzer neu laden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>On the service:</source>
        <translation>Im Dienst:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Clear the licence filter</source>
        <translation>Lizenzfilter aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the licence filter: show every loaded user</source>
        <translation>Lizenzfilter aufheben: jeden geladenen Benutzer anzeigen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Licence: %1 holders</source>
        <translation>Lizenz: Inhaber von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence filter: active users holding %1</source>
        <translation>Lizenzfilter: aktive Benutzer mit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence: without %1</source>
        <translation>Lizenz: ohne %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence filter: active users without %1</source>
        <translation>Lizenzfilter: aktive Benutzer ohne %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>No loaded user matches the search and the licence filter. Clear them to see everyone.</source>
        <translation>Kein geladener Benutzer passt zur Suche und zum Lizenzfilter. Heben Sie beide auf, um alle zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No loaded user matches the licence filter. Clear it to see everyone.</source>
        <translation>Kein geladener Benutzer passt zum Lizenzfilter. Heben Sie ihn auf, um alle zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No loaded user matches the search. Clear it to see everyone.</source>
        <translation>Kein geladener Benutzer passt zur Suche. Leeren Sie sie, um alle zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user the service&apos;s list leaves out can be looked up on the service, above.</source>
        <translation>Einen Benutzer, den die Liste des Dienstes auslässt, können Sie oben im Dienst nachschlagen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Showing only users matching %1 on the service. &quot;Show all&quot; loads everyone again.</source>
        <translation>Nur Benutzer, die im Dienst zu %1 passen, werden angezeigt. „Alle anzeigen“ lädt wieder alle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This service does not list deactivated users. To find one, look it up by user name on the service above.</source>
        <translation>Dieser Dienst listet keine deaktivierten Benutzer auf. Um einen zu finden, schlagen Sie ihn oben über den Benutzernamen im Dienst nach.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service lists no users.</source>
        <translation>Der Dienst listet keine Benutzer auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No user matches on the service.</source>
        <translation>Im Dienst passt kein Benutzer.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>ScimError</name>
    <message>
        <location filename="../app/scim/ScimError.cpp" line="+41"/>
        <source>Not sent: the request would leave the service&apos;s base path.</source>
        <translation>Nicht gesendet: Die Anfrage würde den Basispfad des Dienstes verlassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service URL is not valid — check the base URL in the connection settings.</source>
        <translation>Die Dienst-URL ist ungültig — prüfen Sie die Basis-URL in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service URL must use https:// (plain http is allowed only for this computer, e.g. http://127.0.0.1) — correct the base URL in the connection settings.</source>
        <translation>Die Dienst-URL muss https:// verwenden (einfaches http ist nur für diesen Computer erlaubt, z. B. http://127.0.0.1) — korrigieren Sie die Basis-URL in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service&apos;s host name could not be found — check the base URL and your network or DNS settings.</source>
        <translation>Der Hostname des Dienstes wurde nicht gefunden — prüfen Sie die Basis-URL und Ihre Netzwerk- oder DNS-Einstellungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service refused the connection — check the base URL and port, and that the service is up.</source>
        <translation>Der Dienst hat die Verbindung abgelehnt — prüfen Sie Basis-URL und Port und ob der Dienst läuft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to the service was closed before it answered — try again; if it keeps happening, check your network or proxy.</source>
        <translation>Die Verbindung zum Dienst wurde geschlossen, bevor er antwortete — versuchen Sie es erneut; wenn es wiederholt auftritt, prüfen Sie Ihr Netzwerk oder Ihren Proxy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure connection could not be established (TLS/certificate error) — check the URL, the system time and any proxy that inspects HTTPS.</source>
        <translation>Die sichere Verbindung konnte nicht aufgebaut werden (TLS-/Zertifikatsfehler) — prüfen Sie die URL, die Systemzeit und jeden Proxy, der HTTPS untersucht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service did not answer in time — try again later, or lower the concurrency in the connection settings.</source>
        <translation>Der Dienst hat nicht rechtzeitig geantwortet — versuchen Sie es später erneut oder verringern Sie die Parallelität in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A network error occurred — check your connection and proxy settings.</source>
        <translation>Ein Netzwerkfehler ist aufgetreten — prüfen Sie Ihre Verbindungs- und Proxy-Einstellungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No token is stored for this connection — add one in the connection settings (or set SCIMDESK_TOKEN for the command line).</source>
        <translation>Für diese Verbindung ist kein Token gespeichert — fügen Sie eines in den Verbindungseinstellungen hinzu (oder setzen Sie SCIMDESK_TOKEN für die Kommandozeile).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token was rejected (401) — replace it in the connection settings.</source>
        <translation>Das Token wurde abgelehnt (401) — ersetzen Sie es in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token was rejected (403): it lacks permission for this — replace it in the connection settings with an admin token for this SCIM integration.</source>
        <translation>Das Token wurde abgelehnt (403): Ihm fehlt die Berechtigung dafür — ersetzen Sie es in den Verbindungseinstellungen durch ein Admin-Token für diese SCIM-Integration.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found (404) — the resource no longer exists, or the base URL is wrong.</source>
        <translation>Nicht gefunden (404) — die Ressource existiert nicht mehr, oder die Basis-URL ist falsch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already exists (409): the service has a resource with this unique value.</source>
        <translation>Existiert bereits (409): Der Dienst hat eine Ressource mit diesem eindeutigen Wert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service refused the change because of a conflict (409).</source>
        <translation>Der Dienst hat die Änderung wegen eines Konflikts abgelehnt (409).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed since it was read (412) — reload and review the change again.</source>
        <translation>Seit dem Lesen geändert (412) — laden Sie neu und überprüfen Sie die Änderung erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service refused the change (424): an add-on licence needs an active base licence — grant the base licence first.</source>
        <translation>Der Dienst hat die Änderung abgelehnt (424): Eine Zusatzlizenz braucht eine aktive Basislizenz — vergeben Sie zuerst die Basislizenz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service does not accept this filter (400 invalidFilter) — this service may support only simple &apos;attribute eq value&apos; filters.</source>
        <translation>Der Dienst akzeptiert diesen Filter nicht (400 invalidFilter) — dieser Dienst unterstützt vielleicht nur einfache Filter der Form &apos;attribute eq value&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service rejected the request as invalid (400).</source>
        <translation>Der Dienst hat die Anfrage als ungültig abgelehnt (400).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service&apos;s answer is not valid JSON — check the base URL; it may not point at a SCIM endpoint.</source>
        <translation>Die Antwort des Dienstes ist kein gültiges JSON — prüfen Sie die Basis-URL; sie zeigt vielleicht nicht auf einen SCIM-Endpunkt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer is a web page, not SCIM data — a proxy or login page may be in the way, or the base URL is wrong.</source>
        <translation>Die Antwort ist eine Webseite, keine SCIM-Daten — ein Proxy oder eine Anmeldeseite ist vielleicht im Weg, oder die Basis-URL ist falsch.</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>The service is rate limiting requests (429); it asked to wait %1 s.</source>
        <translation>Der Dienst begrenzt die Anfragerate (429); er bat, %1 s zu warten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service is rate limiting requests (429) — wait, or lower the concurrency.</source>
        <translation>Der Dienst begrenzt die Anfragerate (429) — warten Sie oder verringern Sie die Parallelität.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service had an internal error (%1) — try again later.</source>
        <translation>Der Dienst hatte einen internen Fehler (%1) — versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service answered with HTTP status %1.</source>
        <translation>Der Dienst antwortete mit HTTP-Status %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service&apos;s pages do not add up to its list (%1) — try a smaller page size in the connection settings, or a server-side filter.</source>
        <translation>Die Seiten des Dienstes ergeben nicht seine Liste (%1) — versuchen Sie in den Verbindungseinstellungen eine kleinere Seitengröße oder einen serverseitigen Filter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service&apos;s answer is larger than %1, more than any SCIM page or resource should be, so ScimDesk stopped reading it — try a smaller page size in the connection settings.</source>
        <translation>Die Antwort des Dienstes ist größer als %1, mehr als jede SCIM-Seite oder -Ressource sein sollte, daher hat ScimDesk das Lesen abgebrochen — versuchen Sie in den Verbindungseinstellungen eine kleinere Seitengröße.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Service said: %1</source>
        <translation>Der Dienst meldete: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[scimType: %1]</source>
        <translation>[scimType: %1]</translation>
    </message>
</context>
<context>
    <name>ServiceCapabilities</name>
    <message>
        <location filename="../app/scim/ServiceCapabilities.cpp" line="+113"/>
        <source>The service has no /ResourceTypes; using the %1 preset&apos;s endpoints.</source>
        <translation>Der Dienst hat kein /ResourceTypes; die Endpunkte der Vorlage %1 werden verwendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service&apos;s /Schemas does not describe licences; assuming %1.</source>
        <translation>/Schemas des Dienstes beschreibt keine Lizenzen; angenommen wird %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>bulk (max %1)</source>
        <translation>Bulk (max. %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>bulk</source>
        <translation>Bulk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>filter (max %1 per page)</source>
        <translation>Filter (max. %1 pro Seite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sort</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; no %1</source>
        <translation>; kein %1</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../app/csv/TableExport.cpp" line="+21"/>
        <location line="+21"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>TokenFile</name>
    <message>
        <location filename="../app/secrets/TokenFile.cpp" line="+32"/>
        <source>The token file %1 can be read by other users: make it readable by its owner only (chmod 600 %1), then replace the token on the service if someone else may have read it. Nothing was sent.</source>
        <translation>Die Token-Datei %1 kann von anderen Benutzern gelesen werden: Machen Sie sie nur für ihren Besitzer lesbar (chmod 600 %1) und ersetzen Sie dann das Token im Dienst, falls jemand anderes es gelesen haben könnte. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The token file %1 does not exist: give the path of a file that holds the connection&apos;s token.</source>
        <translation>Die Token-Datei %1 existiert nicht: Geben Sie den Pfad einer Datei an, die das Token der Verbindung enthält.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a token file: give a file that holds only the connection&apos;s token.</source>
        <translation>%1 ist keine Token-Datei: Geben Sie eine Datei an, die nur das Token der Verbindung enthält.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the token file %1: %2.</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token file %1 is empty: write the connection&apos;s token into it.</source>
        <translation>Die Token-Datei %1 ist leer: Schreiben Sie das Token der Verbindung hinein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token file %1 holds more than a token (spaces, line breaks or control characters): it must hold the token alone, on one line.</source>
        <translation>Die Token-Datei %1 enthält mehr als ein Token (Leerzeichen, Zeilenumbrüche oder Steuerzeichen): Sie muss nur das Token enthalten, in einer Zeile.</translation>
    </message>
</context>
<context>
    <name>TokenResult</name>
    <message>
        <location filename="../app/secrets/KeychainTokenStore.cpp" line="+85"/>
        <source>No token is stored for this connection — add it in the connection settings.</source>
        <translation>Für diese Verbindung ist kein Token gespeichert — fügen Sie es in den Verbindungseinstellungen hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain is available to hold the token. On Linux, install and start a Secret Service provider (gnome-keyring or KeePassXC with Secret Service enabled) and unlock it; ScimDesk never stores tokens in a plain file. (%1)</source>
        <translation>Kein Schlüsselbund verfügbar, der das Token aufnehmen kann. Installieren und starten Sie unter Linux einen Secret-Service-Anbieter (gnome-keyring oder KeePassXC mit aktiviertem Secret Service) und entsperren Sie ihn; ScimDesk speichert Tokens nie in einer einfachen Datei. (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Access to the keychain was denied — unlock the keychain and allow ScimDesk to use it. (%1)</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert — entsperren Sie den Schlüsselbund und erlauben Sie ScimDesk, ihn zu verwenden. (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain reported an error: %1 — check that the keychain (on Linux, the Secret Service: gnome-keyring or KeePassXC) is running and unlocked.</source>
        <translation>Der Schlüsselbund meldete einen Fehler: %1 — prüfen Sie, ob der Schlüsselbund (unter Linux der Secret Service: gnome-keyring oder KeePassXC) läuft und entsperrt ist.</translation>
    </message>
</context>
<context>
    <name>UserAttributes</name>
    <message>
        <location filename="../app/scim/UserAttributes.cpp" line="+48"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name (userName)</source>
        <translation>Benutzername (userName)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work email</source>
        <translation>Geschäftliche E-Mail</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Division</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employee number</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active (yes/no)</source>
        <translation>Aktiv (ja/nein)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups (names separated by ;)</source>
        <translation>Gruppen (Namen durch ; getrennt)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="+19"/>
        <source>Open this connection.</source>
        <translation>Diese Verbindung öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Desktop console for provisioning users and licences over SCIM 2.0.</source>
        <translation>Desktop-Konsole zur Bereitstellung von Benutzern und Lizenzen über SCIM 2.0.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A CSV file to import, or a plan (.json) to review; a plan opens the connection it was made for.</source>
        <translation>Eine CSV-Datei zum Importieren oder ein Plan (.json) zur Überprüfung; ein Plan öffnet die Verbindung, für die er erstellt wurde.</translation>
    </message>
</context>
</TS>
