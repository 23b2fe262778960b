#include "LetterChecks.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

#include "InputValidation.h"

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
    const bool situationGround =
        !request.options.ownGrounds.trimmed().isEmpty() ||
        std::any_of(request.options.grounds.cbegin(), request.options.grounds.cend(),
                    [&org](Ground ground) {
                        return ground != Ground::NoNeed &&
                               (ground != Ground::PublicBody || org.publicBody);
                    });
    // A function typed for the signatory without a name is not used: the
    // contact person signs, with the contact's own role.
    if (request.options.signatoryName.trimmed().isEmpty() &&
        !request.options.signatoryRole.trimmed().isEmpty())
        result << tr("A function for the person who signs is given, but no name: the contact "
                     "person signs with their own role, and the function “%1” is not used. Enter "
                     "the name on the page “Letter options”, or leave the function empty.")
                      .arg(request.options.signatoryRole.simplified());
    if (!situationGround)
        result << tr("The letter gives no grounds from your particular situation. An objection "
                     "without grounds may be judged ineffective (Art. 21(1) GDPR); tick what "
                     "applies on the page “Letter options” or describe it in your own words.");
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
