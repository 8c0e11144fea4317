#!/usr/bin/python3
"""Walks the console's accessibility tree over AT-SPI, as a screen reader does.

Started by run-walk.sh with the console's process id. The console opens on a small directory
with an HR file, so its import dialog comes up by itself. The walk goes through the import's
three steps and adds the file to the pending changes, then visits every page of the main
window, the connection settings, the apply confirmation, the apply itself and the audit log,
pressing buttons through their accessible actions (as assistive technology would).

Everywhere it checks that every focusable or actionable object on screen has a name, that
combo boxes have a label saying what they choose (Qt names them by their value), that tables
announce their column and row headers, and that the licence bars give their counts as a value
and in words. It lists every problem it finds and exits 1 if there is any.
"""

import argparse
import os
import re
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

import pyatspi  # noqa: E402

# Each wait may take this long: the machine may be busy; nothing here measures speed.
TIMEOUT = 240
# Roles whose children are data (cells, items), checked through the table interface instead.
DATA_ROLES = {
    pyatspi.ROLE_TABLE,
    pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_TREE,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX,
}
# Scroll bars belong to the named view they scroll; screen readers announce them by role.
UNNAMED_ROLES = {pyatspi.ROLE_SCROLL_BAR}

problems = []


class Gone(Exception):
    """An object left the tree while it was being read (a dialog closed)."""


def fail(message):
    for problem in problems:
        print(problem, flush=True)
    print(f"walk-tree.py: {message}", file=sys.stderr, flush=True)
    sys.exit(1)


def wait_for(what, find, seconds=None):
    """Polls `find` until it returns something, for at most TIMEOUT seconds; with `seconds`,
    for that long, and then returns None instead of failing."""
    deadline = time.monotonic() + (seconds or TIMEOUT)
    while time.monotonic() < deadline:
        try:
            found = find()
        except (GLib.GError, Gone):
            found = None
        if found:
            return found
        time.sleep(0.25)
    if seconds:
        return None
    fail(f"gave up after {TIMEOUT} s waiting for {what}")


def safe(read, default=None):
    try:
        return read()
    except (GLib.GError, NotImplementedError, AttributeError):
        return default


def children(acc):
    count = safe(lambda: acc.childCount, 0)
    for i in range(count):
        child = safe(lambda: acc.getChildAtIndex(i))
        if child is not None:
            yield child


def states(acc):
    state = safe(acc.getState)
    if state is None:
        raise Gone()
    return state


def showing(acc):
    return states(acc).contains(pyatspi.STATE_SHOWING)


def label(acc):
    return f"{safe(acc.getRoleName, '?')} '{safe(lambda: acc.name, '')}'"


def path_of(acc, root):
    parts = []
    node = acc
    while node is not None and node != root:
        parts.append(label(node))
        node = safe(lambda: node.parent)
    parts.append(label(root))
    return " > ".join(reversed(parts))


def actions(acc):
    action = safe(acc.queryAction)
    if action is None:
        return []
    return [safe(lambda: action.getName(i), "") for i in range(safe(lambda: action.nActions, 0))]


def descendants(root, keep=lambda acc: True):
    """Every object under `root` on screen (and `root`), not going into data views."""
    stack = [root]
    while stack:
        node = stack.pop()
        try:
            if not showing(node):
                continue
        except Gone:
            continue
        if keep(node):
            yield node
        if safe(node.getRole) not in DATA_ROLES:
            stack.extend(reversed(list(children(node))))


def find(root, role, name=None, prefix=None, need_showing=True):
    for node in descendants(root) if need_showing else all_nodes(root):
        if safe(node.getRole) != role:
            continue
        text = safe(lambda: node.name, "")
        if name is not None and text != name:
            continue
        if prefix is not None and not text.startswith(prefix):
            continue
        return node
    return None


def all_nodes(root):
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        if safe(node.getRole) not in DATA_ROLES:
            stack.extend(reversed(list(children(node))))


def press(root, role, name=None, prefix=None):
    button = wait_for(f"{role} '{name or prefix}' to be enabled",
                      lambda: enabled(find(root, role, name, prefix)))
    action = button.queryAction()
    for i in range(action.nActions):
        if action.getName(i) == "Press":
            action.doAction(i)
            return
    fail(f"{path_of(button, root)} cannot be pressed")


def enabled(acc):
    if acc is not None and states(acc).contains(pyatspi.STATE_ENABLED):
        return acc
    return None


def labelled(acc):
    """Whether a named label labels `acc` (Qt on Linux names a combo box by its current value
    and tells what it is through this relation, from the label's buddy)."""
    for relation in safe(acc.getRelationSet, []):
        if relation.getRelationType() != pyatspi.RELATION_LABELLED_BY:
            continue
        for i in range(relation.getNTargets()):
            if safe(lambda: relation.getTarget(i).name, "").strip():
                return True
    return False


def check_names(root, where):
    """Every focusable or actionable object on screen has a name."""
    count = 0
    for node in descendants(root):
        count += 1
        role = safe(node.getRole)
        if role in UNNAMED_ROLES:
            continue
        focusable = states(node).contains(pyatspi.STATE_FOCUSABLE)
        doable = [name for name in actions(node) if name != "SetFocus"]
        name = safe(lambda: node.name, "").strip()
        if (focusable or doable) and not name:
            problems.append(f"{where}: no accessible name: {path_of(node, root)}")
        if role == pyatspi.ROLE_COMBO_BOX and not labelled(node):
            problems.append(f"{where}: combo box without a label (give it a buddy QLabel; Qt "
                            f"on Linux names combo boxes by their value): {path_of(node, root)}")
        if role in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE):
            check_headers(node, root, where)
    if count < 5:
        problems.append(f"{where}: only {count} objects on screen — is the bridge working?")
    print(f"{where}: {count} objects on screen checked", flush=True)


def check_headers(view, root, where):
    """A table announces a header for each column, and names each row."""
    table = safe(view.queryTable)
    if table is None:
        problems.append(f"{where}: not exposed as a table: {path_of(view, root)}")
        return
    columns = safe(lambda: table.nColumns, 0)
    rows = safe(lambda: table.nRows, 0)
    for column in range(columns):
        header = safe(lambda: table.getColumnHeader(column))
        if header is None or not safe(lambda: header.name, "").strip():
            problems.append(f"{where}: column {column} has no header: {path_of(view, root)}")
    if rows > 0 and safe(view.getRole) == pyatspi.ROLE_TABLE:
        header = safe(lambda: table.getRowHeader(0))
        if header is None or not safe(lambda: header.name, "").strip():
            problems.append(f"{where}: row 0 has no header: {path_of(view, root)}")


def row_header(view, row):
    table = view.queryTable()
    header = table.getRowHeader(row)
    return header.name if header is not None else ""


def cell(view, row, column):
    return view.queryTable().getAccessibleAt(row, column)


def window(app, role, prefix):
    return wait_for(f"the window '{prefix}…'",
                    lambda: next((w for w in children(app) if safe(w.getRole) == role
                                  and safe(lambda: w.name, "").startswith(prefix)
                                  and showing(w)), None))


def gone(app, dialog_name):
    wait_for(f"'{dialog_name}' to close",
             lambda: not any(safe(lambda: w.name, "") == dialog_name and showing(w)
                             for w in children(app)))


def screenshot(name):
    folder = os.environ.get("SCIMDESK_A11Y_SCREENSHOTS")
    if folder:
        time.sleep(1)  # let the window paint
        subprocess.run(["import", "-window", "root", os.path.join(folder, name + ".png")],
                       check=False)


def walk_import(app):
    dialog = window(app, pyatspi.ROLE_DIALOG, "Import CSV")
    grid = wait_for("the file's grid", lambda: find(dialog, pyatspi.ROLE_TABLE))
    check_names(dialog, "import, step 1")
    if row_header(grid, 0) != "2":
        problems.append(f"import, step 1: the grid's first row should be announced as "
                        f"row 2 (the spreadsheet's), not '{row_header(grid, 0)}'")
    screenshot("import-1")

    press(dialog, pyatspi.ROLE_PUSH_BUTTON, "Next >")
    wait_for("step 2", lambda: find(dialog, pyatspi.ROLE_LABEL, prefix="Step 2 of 3"))
    mapping = find(dialog, pyatspi.ROLE_TABLE)
    check_names(dialog, "import, step 2")
    if row_header(mapping, 0) != "Email":
        problems.append(f"import, step 2: the mapping's first row should be announced as the "
                        f"file's column 'Email', not '{row_header(mapping, 0)}'")

    press(dialog, pyatspi.ROLE_PUSH_BUTTON, "Next >")
    wait_for("the import's outcome",
             lambda: enabled(find(dialog, pyatspi.ROLE_PUSH_BUTTON, "Add to pending changes")))
    check_names(dialog, "import, step 3")
    screenshot("import-3")
    # The row with an error says so in words, not only in red (its cells' description).
    error_row = [safe(lambda: cell(grid, 2, column).description, "") for column in range(1, 3)]
    if not all(error_row):
        problems.append("import: the grid's row with an error does not describe its problem "
                        f"to a screen reader (cell descriptions: {error_row})")
    press(dialog, pyatspi.ROLE_PUSH_BUTTON, "Add to pending changes")


def walk_pages(app, frame):
    tabs = wait_for("the main window's pages", lambda: find(frame, pyatspi.ROLE_PAGE_TAB_LIST))
    # Adding the import's two changes opens the Pending changes page, a moment after the dialog
    # closes: the walk turns pages once that has happened, or the console's turn may undo its.
    wait_for("the import's changes on the Pending changes page",
             lambda: current(tabs, "Pending changes (2)"))
    names = [safe(lambda: tab.name, "") for tab in children(tabs)
             if safe(tab.getRole) == pyatspi.ROLE_PAGE_TAB]
    for name in names:
        # A tab says how many changes are pending, which an import may still be adding: it is
        # found by the page's name.
        page = name.split(" (")[0]
        press(tabs, pyatspi.ROLE_PAGE_TAB, prefix=page)
        wait_for(f"the page '{page}' to be the current one", lambda: current(tabs, page))
        check_names(frame, f"main window, {page} page")
        if page == "Users":
            check_users(frame)
        elif page == "Licences":
            check_licences(frame)
        screenshot("main-" + page.lower().replace(" ", "-"))


def current(tabs, page):
    """Whether the tab of `page` (its name's start) is there and the current one (Qt 6.4
    marks it focused, not selected)."""
    tab = find(tabs, pyatspi.ROLE_PAGE_TAB, prefix=page)
    if tab is None:
        return False
    state = states(tab)
    return state.contains(pyatspi.STATE_SELECTED) or state.contains(pyatspi.STATE_FOCUSED)


def check_users(frame):
    # The page is current; on a busy machine its table may take a moment to say it is showing.
    users = wait_for("the Users table", lambda: find(frame, pyatspi.ROLE_TABLE, "Users"), 20)
    if users is None:
        problems.append("main window: no table named 'Users'")
        return
    first = safe(lambda: cell(users, 0, 0).name, "")
    header = row_header(users, 0)
    if not first or header != first:
        problems.append(f"main window: the Users table's rows should be announced by user "
                        f"name ('{first}'), not '{header}'")


COUNTS = re.compile(r"^([\d,.\u00a0\u202f]+) of ([\d,.\u00a0\u202f]+) active users hold it, "
                    r"([\d,.\u00a0\u202f]+) do not$")


def number(text):
    return int(re.sub(r"\D", "", text))


def check_licences(frame):
    summary = find(frame, pyatspi.ROLE_FILLER, "Licence summary")
    if summary is None:
        problems.append("main window: no 'Licence summary' on the Licences page")
        return
    bars = [node for node in descendants(summary)
            if safe(node.getRole) == pyatspi.ROLE_PROGRESS_BAR]
    if len(bars) < 2:
        problems.append(f"main window: the Licences page shows {len(bars)} licence bars to a "
                        f"screen reader; the Lucid directory has 4 licences")
    labels = {safe(lambda: node.name, "") for node in descendants(summary)
              if safe(node.getRole) == pyatspi.ROLE_LABEL}
    for bar in bars:
        name = safe(lambda: bar.name, "")
        description = safe(lambda: bar.description, "")
        where = f"licence bar '{name}'"
        if name not in labels:
            problems.append(f"{where}: its name is not the licence shown beside it")
        match = COUNTS.match(description)
        if not match:
            problems.append(f"{where}: its description '{description}' does not say "
                            f"'N of M active users hold it, K do not'")
            continue
        holders, active, without = (number(group) for group in match.groups())
        value = safe(bar.queryValue)
        if value is None:
            problems.append(f"{where}: has no value")
            continue
        if (round(value.currentValue), round(value.maximumValue)) != (holders, active) \
                or holders + without != active:
            problems.append(f"{where}: value {value.currentValue} of {value.maximumValue} "
                            f"does not match '{description}'")


def walk_settings(app, frame):
    press(frame, pyatspi.ROLE_PUSH_BUTTON, "Settings…")
    dialog = window(app, pyatspi.ROLE_DIALOG, "Connection settings")
    tabs = wait_for("the settings' tabs", lambda: find(dialog, pyatspi.ROLE_PAGE_TAB_LIST))
    for name in [safe(lambda: tab.name, "") for tab in children(tabs)
                 if safe(tab.getRole) == pyatspi.ROLE_PAGE_TAB and showing(tab)]:
        press(tabs, pyatspi.ROLE_PAGE_TAB, name)
        check_names(dialog, f"connection settings, {name} tab")
        screenshot("settings-" + name.lower())
    title = dialog.name
    press(dialog, pyatspi.ROLE_PUSH_BUTTON, "Cancel")
    gone(app, title)


def walk_apply(app, frame):
    tabs = find(frame, pyatspi.ROLE_PAGE_TAB_LIST)
    press(tabs, pyatspi.ROLE_PAGE_TAB,
          next(safe(lambda: t.name, "") for t in children(tabs)
               if safe(lambda: t.name, "").startswith("Pending changes")))
    review = wait_for("the review's Apply button",
                      lambda: find(frame, pyatspi.ROLE_PUSH_BUTTON, "Apply…"))
    press(review.parent, pyatspi.ROLE_PUSH_BUTTON, "Apply…")
    confirm = window(app, pyatspi.ROLE_DIALOG, "Apply changes to")
    check_names(confirm, "apply confirmation")
    screenshot("apply-confirm")
    go = wait_for("the confirmation's Apply button",
                  lambda: find(confirm, pyatspi.ROLE_PUSH_BUTTON, prefix="Apply "))
    press(confirm, pyatspi.ROLE_PUSH_BUTTON, go.name)
    applying = window(app, pyatspi.ROLE_DIALOG, "Applying changes")
    wait_for("the apply to finish",
             lambda: enabled(find(applying, pyatspi.ROLE_PUSH_BUTTON, "Close")))
    check_names(applying, "apply")
    screenshot("apply-done")
    title = applying.name
    press(applying, pyatspi.ROLE_PUSH_BUTTON, "Close")
    gone(app, title)


def walk_audit(app, frame):
    audit = wait_for("Changes > Audit log…",
                     lambda: find(frame, pyatspi.ROLE_MENU_ITEM, "Audit log…",
                                  need_showing=False))
    action = audit.queryAction()
    action.doAction(next(i for i in range(action.nActions) if action.getName(i) == "Press"))
    dialog = window(app, pyatspi.ROLE_DIALOG, "Audit log")
    check_names(dialog, "audit log")
    screenshot("audit")
    title = dialog.name
    press(dialog, pyatspi.ROLE_PUSH_BUTTON, "Close")
    gone(app, title)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pid", type=int, required=True, help="the console's process id")
    pid = parser.parse_args().pid

    desktop = pyatspi.Registry.getDesktop(0)
    app = wait_for(f"the console (process {pid}) on the accessibility bus",
                   lambda: next((a for a in children(desktop)
                                 if safe(a.get_process_id) == pid), None))
    safe(lambda: app.set_cache_mask(Atspi.Cache.NONE))  # names change; always ask the console
    frame = window(app, pyatspi.ROLE_FRAME, "Accessibility check")

    walk_import(app)
    walk_pages(app, frame)
    walk_settings(app, frame)
    walk_apply(app, frame)
    walk_audit(app, frame)

    for problem in problems:
        print(problem, flush=True)
    if problems:
        print(f"walk-tree.py: {len(problems)} accessibility problem(s)", file=sys.stderr)
        return 1
    print("walk-tree.py: every object checked has a name; headers and licence bars are told")
    return 0


if __name__ == "__main__":
    sys.exit(main())
