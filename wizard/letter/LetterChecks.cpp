#include "LetterChecks.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

#include "Countries.h"
#include "InputValidation.h"
#include "LetterComposer.h"
#include "MetaFacts.h"
#include "PlainTextLetterWriter.h"
#include "SignatoryRules.h"

using namespace Qt::StringLiterals;

QString LetterChecks::missingField(const ObjectionRequest& request)
{
    const Organisation& org = request.organisation;
    if (org.name.trimmed().isEmpty())
        return tr("organisation.name: the letter needs the name of the organisation.");
    if (org.contactName.trimmed().isEmpty())
        return tr("organisation.contactName: the letter needs a contact person for Meta's answer.");
    if (org.email.trimmed().isEmpty())
        return tr("organisation.email: the letter needs an e-mail address for Meta's answer.");
    if (const QString error = InputValidation::emailError(org.email); !error.isEmpty())
        return u"organisation.email: "_s + error;
    if (request.accounts.isEmpty())
        return tr("accounts: the letter needs at least one Facebook Page or Instagram account.");
    for (qsizetype i = 0; i < request.accounts.size(); ++i) {
        const Account& account = request.accounts.at(i);
        if (account.name.trimmed().isEmpty())
            return tr("accounts[%1].name: every account needs its name.").arg(i);
        if (account.address.trimmed().isEmpty())
            return tr("accounts[%1].address: every account needs its address or @name.").arg(i);
    }
    return {};
}

QStringList LetterChecks::warnings(const ObjectionRequest& typed)
{
    // As the letter shows it (LetterComposer cleans the same way).
    const ObjectionRequest request = InputValidation::printable(typed);
    QStringList result;
    const Organisation& org = request.organisation;
    if (org.street.trimmed().isEmpty() || org.city.trimmed().isEmpty())
        result << tr("The letter has no postal address of the organisation: Meta can answer only "
                     "by e-mail, and a letter that cannot be delivered cannot come back. It is "
                     "written all the same.");
    // A function typed for the signatory without a name is not used: the
    // contact person signs, with the contact's own role.
    if (request.options.signatoryName.trimmed().isEmpty() &&
        !request.options.signatoryRole.trimmed().isEmpty())
        result << tr("A function for the person who signs is given, but no name: the contact "
                     "person signs with their own role, and the function “%1” is not used. Enter "
                     "the name on the page “Letter options”, or leave the function empty.")
                      .arg(request.options.signatoryRole.simplified());
    // Who signs (DOMAIN.md): i. A. in public administration unless the head
    // signs; the data protection officer only when authorised.
    const QString function = SignatoryRules::function(request);
    if (SignatoryRules::signsOnBehalfByDefault(org) &&
        request.options.signatoryCapacity == SignatoryCapacity::Self &&
        !SignatoryRules::isHead(function))
        result << tr("In public administration everyone but the head of the authority signs "
                     "“i. A.”. The letter is signed without it (function: “%1”). Choose “on "
                     "behalf (i. A.)” on the page “Letter options”, or enter the head's function.")
                      .arg(function.isEmpty() ? tr("none") : function);
    else if (SignatoryRules::ownNameWithoutHeadFunction(request) &&
             !SignatoryRules::looksLikeDpo(function)) // that has its own warning below
        result << tr("The person who signs does so in their own name, as the head of the "
                     "organisation does, but the function “%1” is not a head's. Whoever signs on "
                     "behalf of the organisation signs “i. A.”: choose “on behalf (i. A.)” on the "
                     "page “Letter options”, or keep it if this function heads the organisation.")
                      .arg(function);
    if (const QString postcode = Countries::postcodeProblem(org.postcode, org.country);
        !postcode.isEmpty())
        result << postcode;
    if (SignatoryRules::looksLikeDpo(function))
        result << tr("The person who signs appears to be the data protection officer (“%1”). "
                     "The data protection officer advises (Art. 38 and 39 GDPR) and signs for the "
                     "organisation only when authorised to; please check who signs.")
                      .arg(function);
    if (request.options.letterLanguage == "de"_L1 && SignatoryRules::looksEnglish(function))
        result << tr("The letter is in German, but the function of the person who signs seems "
                     "to be in English (“%1”). Translate it or write the letter in English.")
                      .arg(function);
    // A letter dated before a decision it cites (a --date in the past).
    const Letter letter = LetterComposer(request.options.letterLanguage).compose(request);
    QString text = PlainTextLetterWriter::fullText(letter);
    text.replace(QChar::Nbsp, u' ');
    const QMap<QString, QDate>& decisions = MetaFacts::instance().decisions;
    for (auto it = decisions.cbegin(); it != decisions.cend(); ++it) {
        if (request.options.date.isValid() && it.value() > request.options.date &&
            text.contains(it.key())) {
            result << tr("The letter is dated %1, before the decision it cites (%2 of %3). "
                         "Please check the date of the letter.")
                          .arg(QLocale().toString(request.options.date, QLocale::ShortFormat),
                               it.key(), QLocale().toString(it.value(), QLocale::ShortFormat));
        }
    }
    if (request.options.letterLanguage == "en"_L1) {
        QStringList german;
        if (looksGerman(request.options.ownGrounds))
            german << tr("your own grounds");
        if (looksGerman(org.contactRole))
            german << tr("the contact's function");
        if (looksGerman(request.options.signatoryRole))
            german << tr("the signatory's function");
        if (!german.isEmpty())
            result << tr("The letter is in English, but some entries seem to be in German (%1). "
                         "Translate them or write the letter in German.")
                          .arg(german.join(u"; "_s));
    }
    return result;
}

bool LetterChecks::looksGerman(const QString& text)
{
    // Words that are common in German and do not occur in English text; a
    // single one is enough for a role ("Datenschutzbeauftragte", "Leiterin").
    static const QSet<QString> words{
        u"und"_s,         u"der"_s,      u"die"_s,      u"das"_s,        u"nicht"_s, u"wir"_s,
        u"unsere"_s,      u"unser"_s,    u"ist"_s,      u"sind"_s,       u"mit"_s,   u"von"_s,
        u"auf"_s,         u"zur"_s,      u"zum"_s,      u"des"_s,        u"eine"_s,  u"einer"_s,
        u"leiter"_s,      u"leiterin"_s, u"referent"_s, u"referentin"_s, u"amt"_s,   u"abteilung"_s,
        u"vorsitzende"_s, u"vorstand"_s, u"referat"_s,
    };
    // Endings of German role words ("Pressesprecher", "Datenschutzkoordinatorin",
    // "Sachbearbeitung"); "-ung" only in longer words (English "young", "among").
    static const QStringList endings{
        u"beauftragte"_s,   u"beauftragter"_s, u"leitung"_s,       u"sprecher"_s,
        u"sprecherin"_s,    u"koordinator"_s,  u"koordinatorin"_s, u"mitarbeiter"_s,
        u"mitarbeiterin"_s, u"bearbeiter"_s,   u"bearbeiterin"_s,  u"führer"_s,
    };
    static const QRegularExpression wordPattern(u"\\w+"_s,
                                                QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression umlauts(u"[äöüÄÖÜß]"_s);
    // A German name in English text ("Head of the Bürgerbüro") is no reason
    // to warn: umlauts count only where most of the words have them.
    int count = 0;
    int withUmlauts = 0;
    for (auto it = wordPattern.globalMatch(text.toLower()); it.hasNext();) {
        const QString word = it.next().captured();
        if (words.contains(word) || (word.size() >= 8 && word.endsWith(u"ung"_s)) ||
            std::any_of(endings.cbegin(), endings.cend(),
                        [&word](const QString& ending) { return word.endsWith(ending); }))
            return true;
        ++count;
        withUmlauts += word.contains(umlauts) ? 1 : 0;
    }
    return withUmlauts > 0 && 2 * withUmlauts >= count;
}
