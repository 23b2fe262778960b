#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include "AppTranslations.h"
#include "IcsReminder.h"
#include "InputValidation.h"
#include "ObjectionWizard.h"
#include "SampleRecords.h"
#include "WizardDriver.h"
#include "dialogs/ConfirmationDialog.h"
#include "dialogs/RecordDialog.h"

using namespace Qt::StringLiterals;
using namespace WizardDriver;

// What the wizard presets and hints from what the user typed (issue 28): the
// letter's language from the organisation's country, the postcode judged by
// the country, "i. A." for whoever does not head the organisation, English
// examples in the English interface, and dialogs wide enough for their rows.
class DefaultsAndHintsGuiTest : public QObject
{
    Q_OBJECT

private:
    // The wizard on the organisation page with the sample's entries.
    static void toOrganisationPage(ObjectionWizard& wizard, const ObjectionRequest& request)
    {
        wizard.setRequest(request);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        while (wizard.currentId() != ObjectionWizard::OrganisationPageId)
            wizard.next();
    }

    static void retype(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Delete);
        else
            QTest::keyClicks(edit, text);
    }

    static QString letterLanguage(ObjectionWizard& wizard)
    {
        return wizard.request().options.letterLanguage;
    }

    // Long names as organisations have them, forty rows.
    static ObjectionRequest longRowsRequest()
    {
        ObjectionRequest request = sampleRequest();
        request.accounts.clear();
        for (int i = 1; i <= 40; ++i) {
            request.accounts << Account{
                Platform::Facebook,
                u"Förderverein der Freiwilligen Feuerwehr Unterhaching-Nord e. V. %1"_s.arg(i),
                u"https://www.facebook.com/FoerdervereinFreiwilligeFeuerwehrUnterhachingNord%1"_s
                    .arg(i)};
        }
        return request;
    }

    // Every row shown whole: no sideways scroll bar, no row cut.
    static void checkRowsFit(QListWidget* list)
    {
        QVERIFY(list->isVisible());
        QVERIFY(!list->horizontalScrollBar()->isVisible());
        const int available = list->viewport()->width();
        for (int row = 0; row < list->count(); ++row) {
            const QString text = list->item(row)->text();
            const int needed = list->fontMetrics().horizontalAdvance(text) +
                               list->style()->pixelMetric(QStyle::PM_IndicatorWidth) +
                               list->fontMetrics().averageCharWidth() * 2;
            QVERIFY2(needed <= available,
                     qPrintable(
                         u"row %1 needs %2 px of %3: %4"_s.arg(row).arg(needed).arg(available).arg(
                             text)));
        }
    }

private slots:
    void initTestCase() { isolateFromUserFiles(); }
    void init()
    {
        startClean();
        QVERIFY(AppTranslations::install(qApp, u"de"_s));
    }

    // A German city in the English interface writes in German; a French
    // one in English; a language chosen by hand stays when the country changes.
    void theLetterLanguageFollowsTheCountry()
    {
        QVERIFY(AppTranslations::install(qApp, u"en"_s));
        ObjectionWizard wizard;
        QCOMPARE(wizard.request().organisation.country, u"Germany"_s);
        QCOMPARE(letterLanguage(wizard), u"de"_s);
        ObjectionRequest request = wizard.request();
        request.organisation.name = u"City of Exampleton"_s;
        toOrganisationPage(wizard, request);
        auto* country = child<QLineEdit>(wizard, u"countryLineEdit"_s);
        retype(country, u"France"_s);
        tab();
        QCOMPARE(letterLanguage(wizard), u"en"_s);
        retype(country, u"Österreich"_s);
        tab();
        QCOMPARE(letterLanguage(wizard), u"de"_s);
        // Chosen on "Letter options": English for an Austrian organisation.
        wizard.request().options.letterLanguage = u"en"_s;
        retype(country, u"Deutschland"_s);
        tab();
        QCOMPARE(letterLanguage(wizard), u"en"_s);
        // Nothing typed: no opinion.
        retype(country, QString());
        tab();
        QCOMPARE(letterLanguage(wizard), u"en"_s);
    }

    // The texts for followers are in the organisation's language, not the
    // interface's.
    void followerTextsFollowTheCountry()
    {
        QVERIFY(AppTranslations::install(qApp, u"en"_s));
        ObjectionWizard wizard;
        wizard.setRequest(sampleRequest()); // Deutschland
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        while (wizard.currentId() != ObjectionWizard::DonePageId)
            wizard.next();
        QCOMPARE(child<QComboBox>(wizard, u"publishLanguageComboBox"_s)->currentData(),
                 QVariant(u"de"_s));
    }

    // The English interface's example is English.
    void theEmailExampleIsInTheInterfaceLanguage()
    {
        QVERIFY(AppTranslations::install(qApp, u"en"_s));
        ObjectionWizard wizard;
        toOrganisationPage(wizard, sampleRequest());
        const QString example = child<QLineEdit>(wizard, u"emailLineEdit"_s)->placeholderText();
        QVERIFY2(!example.contains(u"datenschutz"_s), qPrintable(example));
    }

    // "Jonas Weber" in the postcode is said once the field is left, by the
    // country's form; fixed, the message goes.
    void aPostcodeThatDoesNotFitTheCountryIsSaid_data() { addLanguageRows(); }
    void aPostcodeThatDoesNotFitTheCountryIsSaid()
    {
        QFETCH(QString, language);
        QVERIFY(AppTranslations::install(qApp, language));
        ObjectionWizard wizard;
        toOrganisationPage(wizard, sampleRequest());
        auto* message = child<QLabel>(wizard, u"postcodeMessage"_s);
        QVERIFY2(message->isHidden(), qPrintable(message->text()));
        auto* postcode = child<QLineEdit>(wizard, u"postcodeLineEdit"_s);
        retype(postcode, u"Jonas Weber"_s);
        QVERIFY(message->isHidden()); // no scolding while typing
        tab();
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"Jonas Weber"_s) && message->text().contains(u"80331"_s),
                 qPrintable(message->text()));
        // Judged by the country: four digits are right for Austria.
        retype(postcode, u"1010"_s);
        QVERIFY(message->isVisible());
        retype(child<QLineEdit>(wizard, u"countryLineEdit"_s), u"Österreich"_s);
        tab();
        QTRY_VERIFY(message->isHidden());
        // Not a refusal: the page can be left.
        retype(postcode, u"Jonas Weber"_s);
        tab();
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        // Enter in the postcode field is Next: the first stays and shows the
        // message (which had no time to be read), the second goes on.
        retype(postcode, u"830"_s);
        QTest::keyClick(postcode, Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::OrganisationPageId));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(u"830"_s));
        QCOMPARE(focused(), postcode);
        QTest::keyClick(postcode, Qt::Key_Return);
        QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::AccountsPageId));
    }

    // The contact who is not the head signs "i. A." by default; a function
    // typed on "Letter options" decides the same way; "own name" kept by hand
    // for a function that is not a head's gets a hint.
    void whoeverIsNotTheHeadSignsOnBehalf()
    {
        ObjectionWizard wizard;
        ObjectionRequest request = associationRequest();
        request.options.signatoryName.clear();
        request.options.signatoryRole.clear();
        request.options.signatoryCapacity = SignatoryCapacity::Self;
        toOrganisationPage(wizard, request);
        auto* role = child<QLineEdit>(wizard, u"contactRoleLineEdit"_s);
        retype(role, u"Kassenwart"_s);
        QCOMPARE(wizard.request().options.signatoryCapacity, SignatoryCapacity::OnBehalf);
        retype(role, u"1. Vorsitzende"_s);
        QCOMPARE(wizard.request().options.signatoryCapacity, SignatoryCapacity::Self);

        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::LetterOptionsPageId));
        auto* capacity = child<QComboBox>(wizard, u"signatoryCapacityComboBox"_s);
        auto* hint = child<QLabel>(wizard, u"signatoryCapacityHint"_s);
        QCOMPARE(capacity->currentData(), QVariant(int(SignatoryCapacity::Self)));
        QVERIFY(hint->isHidden());
        retype(child<QLineEdit>(wizard, u"signatoryNameLineEdit"_s), u"Jonas Weber"_s);
        retype(child<QLineEdit>(wizard, u"signatoryRoleLineEdit"_s), u"Pressesprecher"_s);
        QCOMPARE(capacity->currentData(), QVariant(int(SignatoryCapacity::OnBehalf)));
        QCOMPARE(wizard.request().options.signatoryCapacity, SignatoryCapacity::OnBehalf);
        QVERIFY(hint->isHidden());
        // Own name chosen by hand: kept, with the hint.
        capacity->setFocus();
        QTest::keyClick(capacity, Qt::Key_Up);
        QCOMPARE(wizard.request().options.signatoryCapacity, SignatoryCapacity::Self);
        QTRY_VERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(u"Pressesprecher"_s) && hint->text().contains(u"i. A."_s),
                 qPrintable(hint->text()));
    }

    // The preview's warning names the country as the interface now writes
    // the preset one, after switching the language there and back.
    void thePreviewWarningFollowsTheLanguageSwitch()
    {
        ObjectionWizard wizard;
        ObjectionRequest request = sampleRequest();
        request.organisation.country = u"Deutschland"_s; // the preset country in German
        request.organisation.postcode = u"Jonas Weber"_s;
        wizard.setRequest(request);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        while (wizard.currentId() != ObjectionWizard::PreviewPageId)
            wizard.next();
        auto* warning = child<QLabel>(wizard, u"letterWarningLabel"_s);
        QVERIFY2(warning->text().contains(u"„Deutschland“"_s), qPrintable(warning->text()));
        wizard.setUiLanguage(u"en"_s);
        QVERIFY2(warning->text().contains(u"“Germany”"_s), qPrintable(warning->text()));
        wizard.setUiLanguage(u"de"_s);
        QVERIFY2(warning->text().contains(u"„Deutschland“"_s), qPrintable(warning->text()));
    }

    // A name pasted beyond the field's limit is cut, and that is said.
    void aNameCutAtTheLimitIsSaid()
    {
        ObjectionWizard wizard;
        toOrganisationPage(wizard, sampleRequest());
        auto* name = child<QLineEdit>(wizard, u"orgNameLineEdit"_s);
        retype(name, QString());
        const QString longName =
            u"Förderverein der Freiwilligen Feuerwehr und des Heimat- und Trachtenvereins "
            u"Oberwiesenbach-Unterkirchen und Umgebung zur Pflege des Brauchtums e. V."_s;
        QVERIFY(longName.size() > InputLimits::name);
        QGuiApplication::clipboard()->setText(longName);
        QTest::keyClick(name, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(name->text(), longName.left(InputLimits::name));
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(u"120"_s), qPrintable(QToolTip::text()));
        QToolTip::hideText();
        QTRY_VERIFY(!QToolTip::isVisible());
        // Typed on beyond the end: said too, after the last key.
        retype(name, QString(InputLimits::name - 2, u'x'));
        QVERIFY(!QToolTip::isVisible());
        QTest::keyClicks(name, u"abcdef"_s);
        QCOMPARE(name->text().size(), InputLimits::name);
        QTRY_VERIFY(QToolTip::isVisible());
    }

    // Scrolling the letter's options with the wheel over "Signs" or the date
    // changes nothing; the page scrolls. Clicked into, the field takes the
    // wheel as usual.
    void theWheelScrollsThePageNotAChoice()
    {
        ObjectionWizard wizard;
        wizard.setRequest(sampleRequest());
        wizard.resize(900, 500); // the page scrolls
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        while (wizard.currentId() != ObjectionWizard::LetterOptionsPageId)
            wizard.next();
        auto* capacity = child<QComboBox>(wizard, u"signatoryCapacityComboBox"_s);
        auto* scroll = wizard.currentPage()->findChild<QScrollArea*>();
        QVERIFY(scroll && scroll->verticalScrollBar()->maximum() > 0);
        scroll->verticalScrollBar()->setValue(0);
        const int before = scroll->verticalScrollBar()->value();
        const QVariant chosen = capacity->currentData();
        child<QLineEdit>(wizard, u"signatoryNameLineEdit"_s)->setFocus();
        const auto turn = [](QWidget* widget, int steps) {
            const QPointF at = QRectF(widget->rect()).center();
            QWheelEvent wheel(at, widget->mapToGlobal(at), QPoint(), QPoint(0, -120 * steps),
                              Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(widget, &wheel);
        };
        turn(capacity, 1);
        QCOMPARE(capacity->currentData(), chosen);
        QCOMPARE(wizard.request().options.signatoryCapacity,
                 sampleRequest().options.signatoryCapacity);
        QVERIFY2(scroll->verticalScrollBar()->value() > before,
                 qPrintable(QString::number(scroll->verticalScrollBar()->value())));
        QCOMPARE(capacity->focusPolicy(), Qt::StrongFocus);
        // Focused by the user: the wheel chooses.
        capacity->setFocus();
        turn(capacity, 1);
        QVERIFY(capacity->currentData() != chosen);
    }

    // A name ending in a full stop ("e.V.") before the end of a sentence
    // gives no "e.V.." in the calendar reminder, in either language.
    void theReminderHasNoDoubleFullStop_data() { addLanguageRows(); }
    void theReminderHasNoDoubleFullStop()
    {
        QFETCH(QString, language);
        QVERIFY(AppTranslations::install(qApp, language));
        ObjectionRecord record = sampleRecord();
        record.organisation = u"Förderverein Am Bach e.V."_s;
        record.accounts = {{Platform::Facebook, u"Förderverein Am Bach e.V."_s,
                            u"https://www.facebook.com/FoerdervereinAmBach"_s}};
        for (const QDate followUp : {QDate(), QDate(2027, 1, 4)}) {
            record.followUpSentOn = followUp;
            const QString ics =
                QString::fromUtf8(IcsReminder::build(record, QDateTime())).remove(u"\r\n "_s);
            QVERIFY2(!ics.contains(QRegularExpression(u"[^.]\\.\\.(?!\\.)"_s)), qPrintable(ics));
            QVERIFY(ics.contains(u"e.V."_s));
        }
    }

    // Forty long rows on a full-HD screen: the recording and confirmation
    // dialogs show them whole, without a sideways scroll bar.
    void dialogsAreWideEnoughForTheirRows()
    {
        const ObjectionRequest request = longRowsRequest();
        RecordDialog record(request);
        record.show();
        QVERIFY(QTest::qWaitForWindowExposed(&record));
        checkRowsFit(record.findChild<QListWidget*>(u"recordAccountsList"_s));

        ObjectionRecord entry = sampleRecord();
        entry.accounts = request.accounts;
        ConfirmationDialog confirmation(entry, QString());
        confirmation.show();
        QVERIFY(QTest::qWaitForWindowExposed(&confirmation));
        checkRowsFit(confirmation.findChild<QListWidget*>(u"confirmedAccountsList"_s));
        QVERIFY(confirmation.frameGeometry().width() <=
                confirmation.screen()->availableGeometry().width());
    }
};

QTEST_MAIN(DefaultsAndHintsGuiTest)
#include "DefaultsAndHintsGuiTest.moc"
