#include <QRegularExpression>
#include <QTest>

#include "LetterFileName.h"

using namespace Qt::StringLiterals;

class LetterFileNameTest : public QObject
{
    Q_OBJECT

private slots:
    void safeNames_data()
    {
        QTest::addColumn<QString>("organisation");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"Stadt Musterstadt"_s
                               << u"Widerspruch-KI-Training-Stadt-Musterstadt-2026-11-29.pdf"_s;
        QTest::newRow("umlauts")
            << u"Bürgerverein Köln-Süd e.V."_s
            << u"Widerspruch-KI-Training-Buergerverein-Koeln-Sued-e-V-2026-11-29.pdf"_s;
        QTest::newRow("accents") << u"Café Noël"_s
                                 << u"Widerspruch-KI-Training-Cafe-Noel-2026-11-29.pdf"_s;
        QTest::newRow("path-like")
            << u"../../etc/passwd"_s << u"Widerspruch-KI-Training-etc-passwd-2026-11-29.pdf"_s;
        QTest::newRow("reserved chars")
            << u"a/b\\c:d*e?f\"g<h>i|j"_s
            << u"Widerspruch-KI-Training-a-b-c-d-e-f-g-h-i-j-2026-11-29.pdf"_s;
        QTest::newRow("windows device name")
            << u"CON"_s << u"Widerspruch-KI-Training-CON-2026-11-29.pdf"_s;
        QTest::newRow("nothing usable") << u"<<>>"_s << u"Widerspruch-KI-Training-2026-11-29.pdf"_s;
        QTest::newRow("emoji and cjk")
            << u"😀 東京"_s << u"Widerspruch-KI-Training-2026-11-29.pdf"_s;
    }

    void safeNames()
    {
        QFETCH(QString, organisation);
        QFETCH(QString, expected);
        QCOMPARE(suggestedLetterFileName(u"Widerspruch-KI-Training"_s, organisation,
                                         QDate(2026, 11, 29)),
                 expected);
    }

    // Two reminders of one organisation and day: the qualifier (route and
    // case number) tells them apart, made safe as the organisation's name.
    void qualifierFollowsTheDate()
    {
        QCOMPARE(suggestedLetterFileName(u"Erinnerung-Antwort-Meta"_s, u"Stadt Musterstadt"_s,
                                         QDate(2026, 12, 30), u"ics"_s, u"Formular-3F1C2A9E"_s),
                 u"Erinnerung-Antwort-Meta-Stadt-Musterstadt-2026-12-30-Formular-3F1C2A9E.ics"_s);
        QCOMPARE(suggestedLetterFileName(u"Reminder"_s, u"Verein"_s, QDate(2026, 12, 30), u"ics"_s,
                                         u"Brief/Übersicht: ../x"_s),
                 u"Reminder-Verein-2026-12-30-Brief-Uebersicht-x.ics"_s);
        QCOMPARE(suggestedLetterFileName(u"Reminder"_s, u"Verein"_s, QDate(2026, 12, 30), u"ics"_s,
                                         u"<>"_s),
                 u"Reminder-Verein-2026-12-30.ics"_s);
    }

    void longNamesAreCut()
    {
        const QString name = suggestedLetterFileName(u"Objection-AI-Training"_s, QString(500, u'x'),
                                                     QDate(2026, 1, 2));
        QVERIFY(name.size() < 120);
        QVERIFY(name.endsWith(u"-2026-01-02.pdf"_s));
        static const QRegularExpression safe(u"^[A-Za-z0-9-]+\\.pdf$"_s);
        QVERIFY(safe.match(name).hasMatch());
    }
};

QTEST_GUILESS_MAIN(LetterFileNameTest)
#include "LetterFileNameTest.moc"
