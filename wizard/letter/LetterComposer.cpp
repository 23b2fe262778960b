#include "LetterComposer.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include "InputValidation.h"
#include "MetaFacts.h"
#include "RequestKeys.h"
#include "ResourceJson.h"

using namespace Qt::StringLiterals;

namespace {
// Like simplified(), but a no-break space stays: it was put there on purpose.
QString collapsed(const QString& text)
{
    static const QRegularExpression space(u"[^\\S\\x{a0}]+"_s);
    return QString(text).replace(space, u" "_s).trimmed();
}

QString joinNonEmpty(const QStringList& parts, const QString& separator)
{
    QStringList kept;
    for (const QString& part : parts) {
        const QString trimmed = collapsed(part);
        if (!trimmed.isEmpty())
            kept << trimmed;
    }
    return kept.join(separator);
}

QString fill(QString text, const QString& placeholder, const QString& value)
{
    return text.replace(u'{' + placeholder + u'}', value);
}

bool has(const ObjectionRequest& request, Platform platform)
{
    return std::any_of(request.accounts.cbegin(), request.accounts.cend(),
                       [platform](const Account& account) { return account.platform == platform; });
}

qsizetype count(const ObjectionRequest& request, Platform platform)
{
    return std::count_if(
        request.accounts.cbegin(), request.accounts.cend(),
        [platform](const Account& account) { return account.platform == platform; });
}

// The new letter's request, about the accounts of the first objection.
ObjectionRequest about(ObjectionRequest request, const EarlierObjection& earlier)
{
    request.accounts = earlier.accounts;
    return InputValidation::printable(request);
}
} // namespace

LetterComposer::LetterComposer(const QString& letterLanguage)
    : m_language(letterLanguage),
      m_texts(readResourceJson(u":/data/letter-"_s + letterLanguage + u".json"_s))
{}

QString LetterComposer::text(const QString& key) const
{
    return jsonString(m_texts, key);
}

QString LetterComposer::counted(const QString& key, const ObjectionRequest& request) const
{
    return text(key + (request.accounts.size() == 1 ? u".one"_s : u".many"_s));
}

// "unsere Facebook-Seite", "unseren Konten", …: the accounts as the letter
// names them, in the case the sentence needs.
QString LetterComposer::accountsPhrase(const QString& grammaticalCase,
                                       const ObjectionRequest& request, bool facebookOnly) const
{
    const qsizetype facebook = count(request, Platform::Facebook);
    const qsizetype instagram = count(request, Platform::Instagram);
    QString variant = u"mixed"_s;
    if (facebookOnly || instagram == 0)
        variant = facebook == 1 ? u"facebookOne"_s : u"facebookMany"_s;
    else if (facebook == 0)
        variant = instagram == 1 ? u"instagramOne"_s : u"instagramMany"_s;
    return text(u"accounts."_s + grammaticalCase + u'.' + variant);
}

QString LetterComposer::filled(QString text, const ObjectionRequest& request) const
{
    text = fill(text, u"accountsAccusative"_s, accountsPhrase(u"accusative"_s, request));
    text = fill(text, u"accountsDative"_s, accountsPhrase(u"dative"_s, request));
    text = fill(text, u"facebookAccusative"_s, accountsPhrase(u"accusative"_s, request, true));
    return text;
}

// "der Stadt Musterstadt" only where the article is certain (the name begins
// with a feminine noun such as "Stadt"); otherwise "unserer Organisation"
// rather than a wrong article.
QString LetterComposer::owner(const Organisation& organisation) const
{
    const QJsonObject owner = m_texts.value("owner"_L1).toObject();
    const QString name = organisation.name.simplified();
    bool named = !name.isEmpty() && owner.value("namedAlways"_L1).toBool();
    const QJsonArray nouns = owner.value("feminine"_L1).toArray();
    for (const QJsonValue& noun : nouns) {
        const QString word = noun.toString();
        named |= name == word || name.startsWith(word + u' ');
    }
    return named ? fill(owner.value("named"_L1).toString(), u"name"_s, name)
                 : owner.value("unnamed"_L1).toString();
}

// What every letter of the organisation has, whatever it says and to whom:
// the letterhead, return address, information block, closing and signature.
Letter LetterComposer::frame(const ObjectionRequest& request) const
{
    const Organisation& org = request.organisation;
    // "438 01", "SW1A 1AA", "1012 AB": a postcode is one unit, never split
    // across lines of the return address.
    const QString postcode = org.postcode.simplified().replace(u' ', QChar::Nbsp);
    const QString cityLine = joinNonEmpty({postcode, org.city}, u" "_s);

    Letter letter;
    if (request.options.postalNote != PostalNote::None)
        letter.postalNote = text(u"postalNote."_s + RequestKeys::key(request.options.postalNote));
    // A country typed (or preset) in the other language is written in the
    // letter's: no "Germany" in a German letter.
    const QString country = m_texts.value("countryNames"_L1)
                                .toObject()
                                .value(org.country.simplified())
                                .toString(org.country);
    letter.returnAddress = joinNonEmpty({org.name, org.street, cityLine, country}, u" · "_s);
    for (const QString& line : {org.name, org.street, cityLine, country}) {
        if (!line.trimmed().isEmpty())
            letter.senderLines << collapsed(line);
    }
    letter.information = information(request);
    letter.salutation = text(u"salutation"_s);

    letter.closing = text(u"closing"_s);
    letter.closingOrganisation = org.name.simplified();
    const QString role = request.options.signatoryName.trimmed().isEmpty()
                             ? org.contactRole.simplified()
                             : request.options.signatoryRole.simplified();
    for (const QString& line : {signatureName(request), role}) {
        if (!line.isEmpty())
            letter.signatureLines << line;
    }
    letter.contactLines = letter.signatureLines;
    if (!letter.closingOrganisation.isEmpty())
        letter.contactLines.prepend(letter.closingOrganisation);
    if (!org.email.trimmed().isEmpty())
        letter.contactLines << org.email.trimmed();
    letter.pageNumberPattern = text(u"pageNumber"_s);
    letter.author = org.name.simplified();
    return letter;
}

Letter LetterComposer::compose(const ObjectionRequest& input) const
{
    // Every way in (wizard, profile, command line) ends here, so this is where
    // stray control characters are taken out of what the letter shows.
    const ObjectionRequest request = InputValidation::printable(input);
    const Organisation& org = request.organisation;

    Letter letter = frame(request);
    letter.recipientLines = MetaFacts::instance().recipientLines(m_language);
    letter.subject = text(u"subject"_s);

    letter.paragraphs << LetterParagraph{counted(u"objection"_s, request), {}}
                      << accountsParagraph(request);
    const LetterParagraph grounds = groundsParagraph(request);
    if (!grounds.items.isEmpty())
        letter.paragraphs << grounds;
    // A general argument, not a ground of the particular situation.
    if (request.options.grounds.contains(Ground::NoNeed))
        letter.paragraphs << LetterParagraph{filled(text(u"noNeed"_s), request), {}};
    if (const QString joint = jointControllership(request); !joint.isEmpty())
        letter.paragraphs << LetterParagraph{joint, {}};
    letter.paragraphs << LetterParagraph{filled(text(u"demand"_s), request), {}};
    // Not without an address to confirm to: "… schriftlich an ." would be a
    // broken sentence (the wizard, profiles and the command line require one).
    if (request.options.requestConfirmation && !org.email.trimmed().isEmpty()) {
        letter.paragraphs << LetterParagraph{
            fill(text(u"confirmation"_s), u"email"_s, org.email.trimmed()), {}};
    }
    letter.documentSubject = text(u"documentSubject"_s);
    letter.fileNameStem = text(u"fileName"_s);
    return letter;
}

Letter LetterComposer::followUp(const ObjectionRequest& input,
                                const EarlierObjection& earlier) const
{
    const ObjectionRequest request = about(input, earlier);
    const QString sentOn = written(earlier.sentOn);
    const QString email = request.organisation.email.trimmed();

    Letter letter = frame(request);
    letter.recipientLines = MetaFacts::instance().recipientLines(m_language);
    letter.subject = fill(text(u"followUp.subject"_s), u"date"_s, sentOn);
    const QString confirmation = filled(
        text(email.isEmpty() ? u"followUp.confirmation.plain"_s : u"followUp.confirmation.email"_s),
        request);
    letter.paragraphs
        << LetterParagraph{fill(counted(u"followUp.objection"_s, request), u"date"_s, sentOn), {}}
        << accountsParagraph(request) << LetterParagraph{text(u"followUp.timeLimit"_s), {}}
        << LetterParagraph{text(u"followUp.noAnswer"_s), {}}
        << LetterParagraph{fill(confirmation, u"email"_s, email), {}}
        << LetterParagraph{text(u"followUp.leadAuthority"_s), {}};
    letter.enclosureHeading = text(u"enclosure"_s);
    letter.enclosures << fill(text(u"followUp.enclosure"_s), u"date"_s, sentOn);
    letter.documentSubject = text(u"followUp.documentSubject"_s);
    letter.fileNameStem = text(u"followUp.fileName"_s);
    return letter;
}

Letter LetterComposer::authorityNotice(const ObjectionRequest& input,
                                       const EarlierObjection& earlier, Authority authority) const
{
    ObjectionRequest request = about(input, earlier);
    const QString recordId = InputValidation::printable(earlier.recordId).simplified();
    // The record entry is the reference the authority can quote, unless the
    // organisation has one of its own: then it is named below it.
    const bool ownReference = !request.options.reference.simplified().isEmpty();
    if (!ownReference)
        request.options.reference = recordId;
    const QString sentOn = written(earlier.sentOn);
    const QString which =
        authority == Authority::IrishDpc ? u"notice.irishDpc."_s : u"notice.hmbBfDI."_s;

    Letter letter = frame(request);
    if (ownReference && !recordId.isEmpty())
        letter.information.insert(1, LetterField{text(u"info.record"_s), recordId});
    letter.recipientLines = MetaFacts::instance().address(authority).recipientLines(m_language);
    letter.subject = fill(text(u"notice.subject"_s), u"date"_s, sentOn);
    QString objection = fill(counted(u"notice.objection"_s, request), u"date"_s, sentOn);
    objection = fill(objection, u"controller"_s, MetaFacts::instance().controllerName);
    QString answer = text(u"notice.noAnswer"_s);
    if (earlier.followUpSentOn.isValid()) {
        answer.prepend(
            fill(text(u"notice.followUp"_s), u"date"_s, written(earlier.followUpSentOn)) + u' ');
    }
    letter.paragraphs << LetterParagraph{text(u"notice.information"_s), {}}
                      << LetterParagraph{objection, {}} << accountsParagraph(request)
                      << LetterParagraph{answer, {}}
                      << LetterParagraph{
                             text(which + u"role"_s) + u' ' + text(u"notice.enclosed"_s), {}};
    letter.enclosureHeading = text(u"enclosure"_s);
    letter.enclosures << fill(text(u"notice.enclosure"_s), u"date"_s, sentOn);
    letter.documentSubject = text(u"notice.documentSubject"_s);
    letter.fileNameStem = text(which + u"fileName"_s);
    return letter;
}

QString LetterComposer::signatureName(const ObjectionRequest& request) const
{
    const QString signatory = request.options.signatoryName.simplified();
    const QString name =
        signatory.isEmpty() ? request.organisation.contactName.simplified() : signatory;
    if (name.isEmpty())
        return {};
    switch (request.options.signatoryCapacity) {
    case SignatoryCapacity::OnBehalf:
        return fill(text(u"capacity.onBehalf"_s), u"name"_s, name);
    case SignatoryCapacity::Deputy:
        return fill(text(u"capacity.deputy"_s), u"name"_s, name);
    case SignatoryCapacity::Self:
        break;
    }
    return name;
}

LetterParagraph LetterComposer::accountsParagraph(const ObjectionRequest& request) const
{
    LetterParagraph paragraph;
    paragraph.text =
        fill(counted(u"accountsIntro"_s, request), u"owner"_s, owner(request.organisation));
    for (const Account& account : request.accounts) {
        const QString key =
            account.platform == Platform::Facebook ? u"account.facebook"_s : u"account.instagram"_s;
        QString item = fill(text(key), u"name"_s, account.name.simplified());
        item = fill(item, u"address"_s, account.address.trimmed());
        if (!account.loginEmail.trimmed().isEmpty())
            item += fill(text(u"account.loginEmail"_s), u"email"_s, account.loginEmail.trimmed());
        paragraph.items << item;
    }
    return paragraph;
}

// Only grounds from the particular situation, and the organisation's own words.
LetterParagraph LetterComposer::groundsParagraph(const ObjectionRequest& request) const
{
    LetterParagraph paragraph;
    paragraph.text = text(u"groundsIntro"_s);
    const QList<Ground> applicable = applicableGrounds(request.organisation);
    // Listed in a fixed order, whatever order the boxes were ticked in.
    for (Ground ground : applicable) {
        if (ground != Ground::NoNeed && request.options.grounds.contains(ground))
            paragraph.items << filled(text(u"grounds."_s + RequestKeys::key(ground)), request);
    }
    const QString own = request.options.ownGrounds.trimmed();
    if (!own.isEmpty())
        paragraph.items << own;
    return paragraph;
}

// Only when chosen, only for Facebook Pages (the case law concerns them), and
// with its scope and its limits (DOMAIN.md: C-210/16, C-40/17, VG Köln).
QString LetterComposer::jointControllership(const ObjectionRequest& request) const
{
    if (!request.options.jointControllership || !has(request, Platform::Facebook))
        return {};
    QString paragraph = filled(text(u"jointControllership.facebook"_s), request);
    if (has(request, Platform::Instagram))
        paragraph += u' ' + text(u"jointControllership.instagram"_s);
    return paragraph;
}

// 29.11.2026 in a German letter (DIN 5008), 29 November 2026 in an English one.
QString LetterComposer::written(const QDate& date) const
{
    return QLocale(m_language).toString(date, text(u"dateFormat"_s));
}

QList<LetterField> LetterComposer::information(const ObjectionRequest& request) const
{
    const Organisation& org = request.organisation;
    // The date line shows the date only: the letter has an information block.
    const QList<LetterField> candidates{
        {text(u"info.reference"_s), request.options.reference.simplified()},
        {text(u"info.contact"_s), org.contactName.simplified()},
        {text(u"info.role"_s), org.contactRole.simplified()},
        {text(u"info.phone"_s), org.phone.simplified()},
        {text(u"info.email"_s), org.email.trimmed()},
        {text(u"info.date"_s), written(request.options.date)},
    };
    QList<LetterField> fields;
    for (const LetterField& field : candidates) {
        if (!field.value.isEmpty())
            fields << field;
    }
    return fields;
}

QString LetterComposer::withMetaLinks(QString text) const
{
    const MetaFacts& meta = MetaFacts::instance();
    text = fill(text, u"facebookForm"_s, meta.facebookObjectionForm.toString());
    text = fill(text, u"instagramForm"_s, meta.instagramObjectionForm.toString());
    text = fill(text, u"privacyPolicy"_s, meta.privacyPolicy.toString());
    return fill(text, u"metaAddress"_s,
                meta.addressLines.join(u", "_s) + u", "_s + this->text(u"metaCountry"_s));
}

QString LetterComposer::followerNotice() const
{
    return withMetaLinks(text(u"followers"_s));
}

QString LetterComposer::privacyNotice(qsizetype facebookPages) const
{
    const QString joint = facebookPages == 0
                              ? QString()
                              : text(facebookPages == 1 ? u"privacyNotice.joint.one"_s
                                                        : u"privacyNotice.joint.many"_s);
    return withMetaLinks(fill(text(u"privacyNotice.text"_s), u"joint"_s, joint));
}
