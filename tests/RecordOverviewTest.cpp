#include <QTest>
#include <random>

#include "AccountOverview.h"
#include "OrganisationNames.h"
#include "SampleRecords.h"
#include "WorkingDays.h"

using namespace Qt::StringLiterals;

// The record per account (what needs action first) and the working days the
// reminders fall on.
class RecordOverviewTest : public QObject
{
    Q_OBJECT

private:
    static Account page(const QString& name)
    {
        return Account{Platform::Facebook, name, u"https://www.facebook.com/"_s + name};
    }
    static Account instagram(const QString& name)
    {
        return Account{Platform::Instagram, name, u"@"_s + name};
    }
    static ObjectionRecord entry(const QString& id, Route route, const QDate& sentOn,
                                 const QList<Account>& accounts)
    {
        ObjectionRecord record;
        record.id = id;
        record.organisation = u"Stadt Musterstadt"_s;
        record.route = route;
        record.sentOn = sentOn;
        record.accounts = accounts;
        return record;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(u"de_DE"_s)); }

    // The walk of the issue: a letter for three accounts, two online forms,
    // a month passes, one account is confirmed.
    void accountsNeedingActionComeFirst()
    {
        const QList<Account> accounts{page(u"stadt"_s), page(u"buecherei"_s),
                                      instagram(u"stadt_ms"_s)};
        QList<ObjectionRecord> records{
            entry(u"letter"_s, Route::Letter, QDate(2026, 11, 30), accounts),
            entry(u"form1"_s, Route::OnlineForm, QDate(2026, 11, 30), {accounts.at(0)}),
            entry(u"form2"_s, Route::OnlineForm, QDate(2026, 12, 1), {accounts.at(2)}),
        };
        records[1].adminLogin = u"admin@musterstadt.de"_s;
        const QList<Account> expected = accounts + QList<Account>{instagram(u"museum"_s)};

        QList<AccountStatus> within =
            AccountOverview::build(records, QDate(2026, 12, 15), u"Stadt Musterstadt"_s, expected);
        QCOMPARE(within.size(), 4);
        QCOMPARE(within.at(0).account.name, u"museum"_s); // no objection at all
        QCOMPARE(within.at(0).action, AccountStatus::Action::Object);
        for (int i = 1; i < 4; ++i)
            QCOMPARE(within.at(i).action, AccountStatus::Action::Wait);
        // The page covered by a letter and a form lists both routes.
        const auto stadt = std::find_if(within.cbegin(), within.cend(),
                                        [](const auto& s) { return s.account.name == u"stadt"_s; });
        QCOMPARE(stadt->entries.size(), 2);
        QVERIFY(AccountOverview::routesText(*stadt).contains(u"admin@musterstadt.de"_s));
        QVERIFY(!stadt->onlyOnlineForm);

        // A month later: no answer; the one confirmed account is done and last.
        records[2].confirmations.insert(ObjectionRecord::accountKey(accounts.at(2)),
                                        MetaConfirmation{QDate(2026, 12, 3), u"IG-1"_s, {}});
        const QList<AccountStatus> later =
            AccountOverview::build(records, QDate(2027, 1, 2), u"Stadt Musterstadt"_s, expected);
        QCOMPARE(later.at(0).action, AccountStatus::Action::Object);
        QCOMPARE(later.at(1).action, AccountStatus::Action::FollowUp);
        QCOMPARE(later.at(2).action, AccountStatus::Action::FollowUp);
        QCOMPARE(later.at(3).account.name, u"stadt_ms"_s);
        QCOMPARE(later.at(3).action, AccountStatus::Action::None);
        QCOMPARE(later.at(3).recordId, u"form2"_s);
        QVERIFY2(AccountOverview::actionText(later.at(3)).contains(u"03.12.2026"_s) ||
                     AccountOverview::actionText(later.at(3)).contains(u"3 Dec 2026"_s),
                 qPrintable(AccountOverview::actionText(later.at(3))));
        // The letter's follow-up: its accounts wait again, the newest entry counts.
        records[0].followUpSentOn = QDate(2027, 1, 2);
        records[1].followUpSentOn = QDate(2027, 1, 2);
        const QList<AccountStatus> followed =
            AccountOverview::build(records, QDate(2027, 1, 3), u"Stadt Musterstadt"_s, expected);
        QCOMPARE(followed.at(1).action, AccountStatus::Action::WaitForFollowUp);
        QCOMPARE(followed.at(1).due, QDate(2027, 2, 2));

        QCOMPARE(AccountOverview::uncovered(records, u"stadt musterstadt "_s, expected),
                 QList<Account>{instagram(u"museum"_s)});
        QCOMPARE(AccountOverview::accountsOf(records, u"Stadt Musterstadt"_s), accounts);
        QVERIFY(AccountOverview::accountsOf(records, u"Andere Stadt"_s).isEmpty());
    }

    // A Page only an online form covered: the form may cover only the admin's
    // own profile (DOMAIN.md), so the overview asks for the letter.
    // An account renamed in the wizard after it was sent is shown by the name
    // it was sent with (the record is evidence of what was sent).
    void anAccountIsShownAsItWasSent()
    {
        const Account sent = instagram(u"jugend"_s);
        Account renamed = sent;
        renamed.name = u"TSV Grünwalde Jugend"_s;
        const QList<ObjectionRecord> records{
            entry(u"letter"_s, Route::Letter, QDate(2026, 11, 30), {sent})};
        const QList<AccountStatus> rows =
            AccountOverview::build(records, QDate(2026, 12, 1), u"Stadt Musterstadt"_s, {renamed});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().account.name, u"jugend"_s);
        QCOMPARE(rows.first().entries.size(), 1);
    }

    void aPageOnlyTheFormCoveredAsksForTheLetter()
    {
        const QList<ObjectionRecord> records{
            entry(u"f"_s, Route::OnlineForm, QDate(2026, 11, 30), {page(u"stadt"_s)})};
        const QList<AccountStatus> overview = AccountOverview::build(records, QDate(2026, 12, 1));
        QCOMPARE(overview.size(), 1);
        QVERIFY(overview.at(0).onlyOnlineForm);
        QVERIFY(AccountOverview::actionText(overview.at(0)).contains(u"Brief"_s) ||
                AccountOverview::actionText(overview.at(0)).contains(u"letter"_s));
    }

    // Random records: the overview lists every account once, in the order of
    // the actions. The seed is printed so a failure can be repeated.
    void randomRecordsAreSortedByAction()
    {
        const unsigned seed = std::random_device{}();
        qInfo("seed %u", seed);
        std::mt19937 random(seed);
        for (int round = 0; round < 200; ++round) {
            QList<Account> pool;
            for (int i = 0; i < 40; ++i)
                pool << (i % 2 ? page(u"p%1"_s.arg(i)) : instagram(u"i%1"_s.arg(i)));
            QList<ObjectionRecord> records;
            const int entries = int(random() % 8);
            for (int e = 0; e < entries; ++e) {
                QList<Account> covered;
                for (const Account& account : pool) {
                    if (random() % 4 == 0)
                        covered << account;
                }
                ObjectionRecord record =
                    entry(u"e%1"_s.arg(e), random() % 2 ? Route::Letter : Route::OnlineForm,
                          QDate(2026, 1, 1).addDays(int(random() % 365)), covered);
                if (random() % 3 == 0 && !covered.isEmpty())
                    record.confirmations.insert(ObjectionRecord::accountKey(covered.at(0)), {});
                if (random() % 4 == 0)
                    record.followUpSentOn = record.sentOn.addMonths(1).addDays(3);
                if (random() % 6 == 0)
                    record.closedOn = record.sentOn.addDays(90);
                records << record;
            }
            const QList<AccountStatus> overview =
                AccountOverview::build(records, QDate(2026, 9, 1), u"Stadt Musterstadt"_s, pool);
            QCOMPARE(overview.size(), pool.size());
            for (qsizetype i = 1; i < overview.size(); ++i)
                QVERIFY2(overview.at(i - 1).action <= overview.at(i).action,
                         qPrintable(u"seed %1 round %2"_s.arg(seed).arg(round)));
        }
    }

    // What is due, entry by entry: the follow-up after a month, the
    // authority after the follow-up's month; an account Meta confirmed
    // through another entry needs neither.
    void dueStepsFollowTheCase()
    {
        const QList<Account> three{page(u"Verein"_s), instagram(u"verein"_s), page(u"Jugend"_s)};
        ObjectionRecord letter = entry(u"letter"_s, Route::Letter, QDate(2026, 11, 2), three);
        ObjectionRecord form =
            entry(u"form"_s, Route::OnlineForm, QDate(2026, 11, 2), {three.at(1)});
        form.organisation = u"stadt musterstadt "_s; // typed otherwise, the same organisation
        form.confirmations.insert(ObjectionRecord::accountKey(three.at(1)),
                                  {QDate(2026, 11, 14), u"IG-1"_s, {}});
        const QList<ObjectionRecord> records{letter, form};
        QVERIFY(
            AccountOverview::dueSteps(records, QDate(2026, 12, 2)).isEmpty()); // within the month
        QCOMPARE(AccountOverview::nextDue(records, QDate(2026, 11, 20)), QDate(2026, 12, 2));
        QList<DueStep> due = AccountOverview::dueSteps(records, QDate(2026, 12, 3));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.at(0).entry.id, u"letter"_s);
        QCOMPARE(due.at(0).kind, DueStep::Kind::FollowUp);
        QCOMPARE(due.at(0).openAccounts, 2);
        QVERIFY(
            AccountOverview::withConfirmationsFrom(letter, records).confirmationFor(three.at(1)));
        // The second account's form, not confirmed: due too – until the
        // letter's follow-up has named it.
        ObjectionRecord youth =
            entry(u"youth"_s, Route::OnlineForm, QDate(2026, 11, 3), {three.at(2)});
        due = AccountOverview::dueSteps({letter, form, youth}, QDate(2026, 12, 5));
        QCOMPARE(due.size(), 2);
        QVERIFY2(AccountOverview::dueText(due.at(1)).contains(u"Jugend"_s),
                 qPrintable(AccountOverview::dueText(due.at(1))));
        ObjectionRecord written = letter;
        written.followUpSentOn = QDate(2026, 12, 5);
        QVERIFY(AccountOverview::dueSteps({written, form, youth}, QDate(2026, 12, 6)).isEmpty());
        // Written again: due once more a month later, for the authority.
        letter.followUpSentOn = QDate(2026, 12, 3);
        QVERIFY(AccountOverview::dueSteps({letter, form}, QDate(2026, 12, 20)).isEmpty());
        QCOMPARE(AccountOverview::nextDue({letter, form}, QDate(2026, 12, 20)), QDate(2027, 1, 3));
        due = AccountOverview::dueSteps({letter, form}, QDate(2027, 1, 4));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.at(0).kind, DueStep::Kind::InformAuthority);
        letter.authorityInformedOn = QDate(2027, 1, 4);
        QVERIFY(AccountOverview::dueSteps({letter, form}, QDate(2027, 2, 1)).isEmpty());
        // Every account confirmed somewhere: nothing to write.
        ObjectionRecord all = entry(u"all"_s, Route::Letter, QDate(2026, 11, 2), {three.at(1)});
        QVERIFY(AccountOverview::dueSteps({all, form}, QDate(2027, 2, 1)).isEmpty());
    }

    // What an entry needs, its organisation's other entries considered: the
    // record window's buttons, the overview and --follow-ups ask the same.
    void anEntryNeedsWhatItsOrganisationHasNotDone()
    {
        const QList<Account> two{page(u"Pfarrei"_s), instagram(u"kita"_s)};
        const ObjectionRecord letter = entry(u"letter"_s, Route::Letter, QDate(2026, 11, 3), two);
        ObjectionRecord kita = entry(u"kita"_s, Route::OnlineForm, QDate(2026, 11, 3), {two.at(1)});
        // Within the month: nothing; a month on: the letter again, or the authority.
        EntryNeed need = AccountOverview::needOf(letter, {letter, kita}, QDate(2026, 12, 3));
        QVERIFY(!need.followUp && !need.authority);
        QCOMPARE(need.since, QDate(2026, 12, 3));
        need = AccountOverview::needOf(kita, {letter, kita}, QDate(2026, 12, 4));
        QVERIFY(need.followUp && need.authority);
        // The letter's follow-up names the Kita account: its form needs no
        // letter, and tells no authority before that letter's month is over.
        ObjectionRecord written = letter;
        written.followUpSentOn = QDate(2026, 12, 10);
        need = AccountOverview::needOf(kita, {written, kita}, QDate(2026, 12, 11));
        QVERIFY(!need.followUp && !need.authority && need.coveredElsewhere);
        need = AccountOverview::needOf(kita, {written, kita}, QDate(2027, 1, 11));
        QVERIFY(!need.followUp && need.authority);
        QVERIFY(AccountOverview::dueSteps({written, kita}, QDate(2027, 1, 11)).size() == 1);
        // Meta confirmed the Kita account through the letter: the form needs nothing.
        ObjectionRecord confirmed = letter;
        confirmed.confirmations.insert(ObjectionRecord::accountKey(two.at(1)),
                                       {QDate(2026, 12, 8), {}, {}});
        need = AccountOverview::needOf(kita, {confirmed, kita}, QDate(2027, 2, 1));
        QVERIFY(!need.followUp && !need.authority);
        QCOMPARE(need.openAccounts, 0);
    }

    // One organisation typed two ways is listed once.
    void oneOrganisationTypedTwoWaysIsListedOnce()
    {
        ObjectionRecord a = entry(u"a"_s, Route::Letter, QDate(2026, 11, 3), {page(u"eins"_s)});
        a.organisation = u"Pfarrei Großröhrsdorf"_s;
        ObjectionRecord b = entry(u"b"_s, Route::Letter, QDate(2026, 11, 4), {page(u"zwei"_s)});
        b.organisation = u"Pfarrei Grossröhrsdorf"_s;
        const QList<AccountStatus> overview = AccountOverview::build({a, b}, QDate(2026, 11, 20));
        QCOMPARE(overview.size(), 2);
        QCOMPARE(overview.at(0).organisation, overview.at(1).organisation);
        QCOMPARE(
            OrganisationNames::closest(u"Pfarrei Grosröhrsdorf"_s, {a.organisation, b.organisation})
                .size(),
            1);
    }

    // Names as a person reads them, and "Did you mean …?".
    void organisationNamesMatchAsAPersonReadsThem()
    {
        using namespace OrganisationNames;
        QVERIFY(same(u"TSV Blau-Weiß Unterhaching e.V."_s, u"TSV Blau-Weiss Unterhaching e. V."_s));
        QVERIFY(same(u"Müller & Söhne"_s, u"Mueller und Soehne"_s));
        QVERIFY(same(u"Café  Olé"_s, u"cafe ole"_s));
        QVERIFY(same(u"STRAẞE"_s, u"strasse"_s));
        QVERIFY(!same(u"TSV Blau-Weiß"_s, u"TSV Rot-Weiß"_s));
        QVERIFY(!same(u"***"_s, u"+++"_s));
        QVERIFY(!same(QString(), QString()));
        const QStringList known{u"TSV Blau-Weiß Unterhaching e.V."_s, u"SV Unterhaching"_s,
                                u"Stadt Musterstadt"_s, u"Pfarrei St. Georg"_s};
        QCOMPARE(closest(u"TSV Blau Weis Unterhaching"_s, known).value(0),
                 u"TSV Blau-Weiß Unterhaching e.V."_s);
        QCOMPARE(closest(u"Stadt Mustertsadt"_s, known), QStringList{u"Stadt Musterstadt"_s});
        QCOMPARE(closest(u"Pfarrei St. Georg Musterdorf"_s, known).value(0),
                 u"Pfarrei St. Georg"_s);
        QVERIFY(closest(u"Landratsamt"_s, known).isEmpty());
        QVERIFY(closest(u"ab"_s, known).isEmpty()); // too short to guess
    }

    // Random spellings of random names: each variant a person would read as
    // the same name matches, and a changed letter does not.
    void randomSpellingsOfOneName()
    {
        const unsigned seed = std::random_device{}();
        qInfo("seed %u", seed);
        std::mt19937 random(seed);
        const QStringList words{
            u"Blau-Weiß"_s, u"Förderverein"_s, u"Grundschule"_s, u"St. Ägidius"_s,
            u"e.V."_s,      u"gGmbH"_s,        u"Müller"_s,      u"&"_s,
            u"Straße"_s,    u"Jugend"_s,       u"Ökumene"_s};
        for (int round = 0; round < 500; ++round) {
            QStringList name;
            for (int w = 0, n = 2 + int(random() % 4); w < n; ++w)
                name << words.at(int(random() % words.size()));
            const QString original = name.join(u' ');
            QString variant = original;
            if (random() % 2)
                variant.replace(u"ß"_s, u"ss"_s);
            if (random() % 2)
                variant.replace(u"e.V."_s, u"e. V."_s);
            if (random() % 2)
                variant.replace(u"ü"_s, u"ue"_s).replace(u"Ä"_s, u"Ae"_s).replace(u"Ö"_s, u"Oe"_s);
            if (random() % 2)
                variant.replace(u"&"_s, u"und"_s);
            if (random() % 2)
                variant = variant.toUpper();
            if (random() % 2)
                variant.replace(u' ', u"  "_s).replace(u'-', u' ');
            QVERIFY2(OrganisationNames::same(original, variant),
                     qPrintable(u"seed %1: %2 / %3"_s.arg(seed).arg(original, variant)));
            QString other = original;
            other.insert(int(random() % (other.size() + 1)), u'X');
            QVERIFY2(!OrganisationNames::same(original, other),
                     qPrintable(u"seed %1: %2 / %3"_s.arg(seed).arg(original, other)));
        }
    }

    void remindersFallOnWorkingDays_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("reminder");
        QTest::newRow("Tuesday") << QDate(2026, 12, 29) << QDate(2026, 12, 29);
        QTest::newRow("Saturday") << QDate(2027, 1, 30) << QDate(2027, 2, 1);
        QTest::newRow("Christmas on a Friday") << QDate(2026, 12, 25) << QDate(2026, 12, 28);
        QTest::newRow("New Year") << QDate(2027, 1, 1) << QDate(2027, 1, 4);
        QTest::newRow("Good Friday 2027") << QDate(2027, 3, 26) << QDate(2027, 3, 30);
        QTest::newRow("Ascension 2027") << QDate(2027, 5, 6) << QDate(2027, 5, 7);
        QTest::newRow("Whit Monday 2026") << QDate(2026, 5, 25) << QDate(2026, 5, 26);
        QTest::newRow("German Unity 2027 (Sunday)") << QDate(2027, 10, 3) << QDate(2027, 10, 4);
    }

    void remindersFallOnWorkingDays()
    {
        QFETCH(QDate, due);
        QFETCH(QDate, reminder);
        QCOMPARE(WorkingDays::onOrAfter(due), reminder);
    }

    void easterDates()
    {
        QCOMPARE(WorkingDays::easterSunday(2025), QDate(2025, 4, 20));
        QCOMPARE(WorkingDays::easterSunday(2026), QDate(2026, 4, 5));
        QCOMPARE(WorkingDays::easterSunday(2027), QDate(2027, 3, 28));
        QCOMPARE(WorkingDays::easterSunday(2038), QDate(2038, 4, 25));
    }
};

QTEST_GUILESS_MAIN(RecordOverviewTest)
#include "RecordOverviewTest.moc"
