#!/usr/bin/python3
"""Walks the real wizard through the accessibility tree only, as a screen-reader
user would: every input is found by its label, filled through the AT-SPI
EditableText interface, every button pressed by its name through the Action
interface; the PDF is saved through Qt's own file dialog. Also checks that on
every page each control a user can reach has a name.

Usage: walk_with_atspi.py APP OUTPUT_PDF   (inside a D-Bus session and an X server)
"""
import os
import subprocess
import sys
import time

import pyatspi

APP, OUTPUT = sys.argv[1], sys.argv[2]
INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_LIST,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_PAGE_TAB,
}
failures = []


def wait_for(what, find, timeout=20.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        found = find()
        if found is not None:
            return found
        time.sleep(0.2)
    raise RuntimeError(f"not found: {what}")


def showing(node):
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def descendants(root):
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        yield node
        try:
            stack.extend(node[i] for i in range(node.childCount))
        except Exception:
            pass


def find(root, role, name):
    for node in descendants(root):
        if node.getRole() == role and node.name == name and showing(node):
            return node
    return None


def application():
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.name in ("KI-Widerspruch", "ki-widerspruch"):
            return app
    return None


def press(root, name):
    button = wait_for(f"button '{name}'", lambda: find(root, pyatspi.ROLE_PUSH_BUTTON, name))
    action = button.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("Press", "press", "click"):
            action.doAction(i)
            return
    action.doAction(0)


def fill(root, label_text, text):
    label = wait_for(f"label '{label_text}'", lambda: find(root, pyatspi.ROLE_LABEL, label_text))
    targets = [t for relation in label.getRelationSet()
               if relation.getRelationType() == pyatspi.RELATION_LABEL_FOR
               for t in (relation.getTarget(i) for i in range(relation.getNTargets()))]
    if not targets:
        raise RuntimeError(f"label '{label_text}' labels nothing")
    field = targets[0]
    editable = field.queryEditableText()
    editable.setTextContents(text)


def check_names(window, page):
    for node in descendants(window):
        if node.getRole() in INTERACTIVE and showing(node) and not node.name:
            labelled = any(r.getRelationType() == pyatspi.RELATION_LABELLED_BY
                           for r in node.getRelationSet())
            if not labelled:
                failures.append(f"{page}: a {node.getRoleName()} without a name")


def title(window):
    return window.name


def main():
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    process = subprocess.Popen([APP, "--lang", "de"], env=env)
    try:
        app = wait_for("the application on the accessibility bus", application, 30)
        window = wait_for("the wizard window", lambda: app[0] if app.childCount else None)
        pages = ["Warum widersprechen?", "So widersprechen Sie", "Was Sie brauchen"]
        for page in pages:
            wait_for(f"page {page}", lambda: find(window, pyatspi.ROLE_LABEL, page)
                     or find(window, pyatspi.ROLE_STATIC, page) or True)
            check_names(window, page)
            press(window, "Weiter >")
            time.sleep(0.5)
        check_names(window, "Ihre Organisation")
        fill(window, "Name der Organisation *", "Stadt Barrierefrei")
        fill(window, "Ansprechperson *", "Alex Vorleser")
        fill(window, "E-Mail *", "datenschutz@barrierefrei.example")
        fill(window, "Ort", "Barrierefrei")
        press(window, "Weiter >")
        time.sleep(0.5)
        check_names(window, "Ihre Seiten und Konten")
        fill(window, "Name der Seite oder des Kontos", "Stadt Barrierefrei")
        fill(window, "Adresse (Webadresse oder @Name)", "https://www.facebook.com/barrierefrei")
        press(window, "Hinzufügen")
        time.sleep(0.5)
        press(window, "Weiter >")
        time.sleep(0.5)
        check_names(window, "Inhalt des Briefs")
        press(window, "Weiter >")
        time.sleep(1.0)
        check_names(window, "Vorschau und Versand")
        press(window, "Als PDF speichern …")
        dialog = wait_for("the file dialog",
                          lambda: next((w for w in (app[i] for i in range(app.childCount))
                                        if w is not None and w.name == "Brief als PDF speichern"),
                                       None))
        name_field = wait_for("the file name field", lambda: next(
            (n for n in descendants(dialog)
             if n.getRole() in (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY) and showing(n)
             and n.queryEditableText() is not None
             and any(r.getRelationType() == pyatspi.RELATION_LABELLED_BY
                     and "Dateiname" in r.getTarget(0).name
                     for r in n.getRelationSet())), None))
        name_field.queryEditableText().setTextContents(OUTPUT)
        press(dialog, "Speichern")
        wait_for("the saved PDF", lambda: True if os.path.exists(OUTPUT) else None)
        press(window, "Weiter >")
        time.sleep(0.5)
        check_names(window, "Geschafft")
        press(window, "Abschließen")
        # Nothing typed is kept without asking (remembering is off by default):
        # the question is answered as a screen-reader user would.
        question = wait_for("the question before the entries are lost",
                            lambda: next((w for w in (app[i] for i in range(app.childCount))
                                          if w is not None and w.name == "Eingaben nicht gespeichert"),
                                         None))
        check_names(question, "Eingaben nicht gespeichert")
        press(question, "Verwerfen")
        process.wait(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    for failure in failures:
        print("FAIL:", failure)
    ok = not failures and os.path.getsize(OUTPUT) > 1000
    print(f"{1 if ok else 0} passed, {0 if ok else 1} failed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
