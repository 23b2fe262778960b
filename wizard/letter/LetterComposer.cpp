#include "LetterComposer.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include "InputValidation.h"
#include "MetaFacts.h"
#include "ObjectionRecord.h"
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

// The new letter's request, about accounts of the first objection.
ObjectionRequest about(ObjectionRequest request, const QList<Account>& accounts)
{
    request.accounts = accounts;
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
    text = fill(text, u"facebookDative"_s, accountsPhrase(u"dative"_s, request, true));
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
    // English: "for and on behalf of <organisation>" where an authorised person
    // signs, instead of an addition to the name (DOMAIN.md).
    if (const QString line = text(u"capacity.organisationLine"_s);
        !line.isEmpty() && !letter.closingOrganisation.isEmpty() &&
        request.options.signatoryCapacity != SignatoryCapacity::Self) {
        letter.closingOrganisation = fill(line, u"organisation"_s, letter.closingOrganisation);
    }
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
    const QList<AuthorisingPerson> persons = request.namedPersons();

    Letter letter = frame(request);
    letter.recipientLines = MetaFacts::instance().recipientLines(m_language);
    // Route 1 (DOMAIN.md): the organisation's own demand, never presented as
    // an Art. 21 right; Art. 21 only when named persons object through it.
    letter.subject = counted(persons.isEmpty() ? u"subject"_s : u"subjectPersons"_s, request);

    letter.paragraphs << LetterParagraph{counted(u"objection"_s, request), {}}
                      << accountsParagraph(request)
                      << LetterParagraph{counted(u"whyWrite"_s, request), {}, true, false}
                      << LetterParagraph{counted(u"formSender"_s, request), {}, false, true}
                      << groundsParagraph(request);
    // A general argument, not a ground of the particular situation.
    if (request.options.grounds.contains(Ground::NoNeed))
        letter.paragraphs << LetterParagraph{filled(text(u"noNeed"_s), request), {}};
    if (const QString joint = jointControllership(request); !joint.isEmpty())
        letter.paragraphs << LetterParagraph{joint, {}};
    letter.paragraphs << LetterParagraph{filled(text(u"demand"_s), request), {}};
    // Not without an address to confirm to: "… an ." would be a broken
    // sentence (the wizard, profiles and the command line require one).
    const QString email = org.email.trimmed();
    if (request.options.requestConfirmation && !email.isEmpty())
        letter.paragraphs << LetterParagraph{fill(text(u"confirmation"_s), u"email"_s, email), {}};
    letter.paragraphs << personsParagraphs(request, persons);
    letter.documentSubject =
        counted(persons.isEmpty() ? u"documentSubject"_s : u"documentSubjectPersons"_s, request);
    letter.fileNameStem = text(u"fileName"_s);
    return letter;
}

// Route 2 (DOMAIN.md): natural persons who authorised the organisation in
// writing, in their own names under Art. 21, with their own situation; the
// duties of Art. 12 and 21(1) s. 2 are cited for them only.
QList<LetterParagraph>
LetterComposer::personsParagraphs(const ObjectionRequest& request,
                                  const QList<AuthorisingPerson>& persons) const
{
    if (persons.isEmpty())
        return {};
    const QString number = persons.size() == 1 ? u".one"_s : u".many"_s;
    LetterParagraph list;
    list.text =
        fill(text(u"persons.intro"_s + number), u"listed"_s, counted(u"persons.listed"_s, request));
    list.items = personItems(persons);
    const QString email = request.organisation.email.trimmed();
    const QString toEmail =
        email.isEmpty() ? QString() : fill(text(u"persons.toEmail"_s), u"email"_s, email);
    return {list, LetterParagraph{text(u"persons.situation"_s + number), {}},
            LetterParagraph{text(u"persons.effect"_s + number), {}},
            LetterParagraph{fill(text(u"persons.answer"_s + number), u"toEmail"_s, toEmail), {}}};
}

QStringList LetterComposer::personItems(const QList<AuthorisingPerson>& persons) const
{
    QStringList items;
    for (const AuthorisingPerson& person : persons) {
        const QString role = person.role.simplified();
        QString item = text(role.isEmpty() ? u"persons.itemNoRole"_s : u"persons.item"_s);
        item = fill(item, u"name"_s, person.name.simplified());
        item = fill(item, u"role"_s, role);
        item = fill(item, u"date"_s, written(person.signedOn));
        if (person.minor)
            item += text(u"persons.minor"_s);
        if (const QString where = person.appearsIn.simplified(); !where.isEmpty())
            item += fill(text(u"persons.appearsIn"_s), u"appearsIn"_s, where);
        items << item;
    }
    return items;
}

// "Facebook-Seite: …, https://… – bestätigt am 02.01.2027, Zeichen von Meta: …"
QStringList LetterComposer::confirmedItems(const EarlierObjection& earlier) const
{
    QStringList items;
    for (const Account& account : earlier.confirmed()) {
        const MetaConfirmation confirmation =
            earlier.confirmations.value(ObjectionRecord::accountKey(account));
        const QString reference = confirmation.reference.simplified();
        QString item = text(reference.isEmpty() ? u"confirmedItem"_s : u"confirmedItemReference"_s);
        item = fill(item, u"account"_s, accountItem(account));
        item = fill(item, u"date"_s, written(confirmation.received));
        items << fill(item, u"reference"_s, reference);
    }
    return items;
}

// The objection as it was sent: by letter, or by which form, from which
// login, under which reference of Meta's (DOMAIN.md: so that Meta can find it).
QString LetterComposer::earlierObjectionText(const QString& key, const ObjectionRequest& all,
                                             const EarlierObjection& earlier) const
{
    const bool form = earlier.route == Route::OnlineForm;
    QString sentence = text(key + (form ? u".form"_s : u".letter"_s));
    sentence = filled(sentence, all);
    sentence = fill(sentence, u"date"_s, written(earlier.sentOn));
    sentence = fill(sentence, u"controller"_s, MetaFacts::instance().controllerName);
    if (form) {
        const Platform platform =
            all.accounts.isEmpty() ? Platform::Facebook : all.accounts.constFirst().platform;
        const MetaFacts& meta = MetaFacts::instance();
        QString named = fill(text(u"form.named"_s), u"platform"_s, platformName(platform));
        named = fill(named, u"address"_s,
                     (platform == Platform::Facebook ? meta.facebookObjectionForm
                                                     : meta.instagramObjectionForm)
                         .toString());
        sentence = fill(sentence, u"form"_s, named);
        const QString login = InputValidation::printable(earlier.login).simplified();
        sentence = fill(sentence, u"login"_s, login.isEmpty() ? u"–"_s : login);
        const QString reference = InputValidation::printable(earlier.formReference).simplified();
        const QString referenceKey =
            key.startsWith(u"notice"_s) ? u"form.referenceNotice"_s : u"form.reference"_s;
        sentence = fill(sentence, u"reference"_s,
                        reference.isEmpty() ? QString()
                                            : fill(text(referenceKey), u"reference"_s, reference));
    }
    return sentence;
}

// What was answered and what was not, account by account (DOMAIN.md): the
// confirmed accounts as confirmed, "no answer" only for the others.
QList<LetterParagraph> LetterComposer::answerParagraphs(const QString& prefix,
                                                        const EarlierObjection& earlier) const
{
    QList<LetterParagraph> paragraphs;
    const QStringList confirmed = confirmedItems(earlier);
    if (!confirmed.isEmpty()) {
        paragraphs << LetterParagraph{
            text(prefix + u"confirmed"_s + (confirmed.size() == 1 ? u".one"_s : u".many"_s)),
            confirmed};
    }
    const QList<Account> open = earlier.unanswered();
    if (!open.isEmpty()) {
        LetterParagraph unanswered;
        unanswered.text =
            text(prefix + u"unanswered"_s + (open.size() == 1 ? u".one"_s : u".many"_s));
        for (const Account& account : open)
            unanswered.items << accountItem(account);
        paragraphs << unanswered;
    }
    return paragraphs;
}

Letter LetterComposer::followUp(const ObjectionRequest& input,
                                const EarlierObjection& earlier) const
{
    const ObjectionRequest all = about(input, earlier.accounts);
    ObjectionRequest open = about(input, earlier.unanswered());
    if (open.accounts.isEmpty())
        open = all;
    const QString sentOn = written(earlier.sentOn);
    const QString email = all.organisation.email.trimmed();
    const bool form = earlier.route == Route::OnlineForm;

    Letter letter = frame(all);
    letter.recipientLines = MetaFacts::instance().recipientLines(m_language);
    letter.subject = fill(counted(u"followUp.subject"_s, all), u"date"_s, sentOn);
    letter.paragraphs << LetterParagraph{
        earlierObjectionText(u"followUp.objection"_s, all, earlier), {}};
    if (!earlier.persons.isEmpty()) {
        letter.paragraphs << LetterParagraph{
            text(u"followUp.persons"_s + (earlier.persons.size() == 1 ? u".one"_s : u".many"_s)),
            personItems(earlier.persons)};
    }
    letter.paragraphs << answerParagraphs(u"followUp."_s, earlier)
                      << LetterParagraph{text(u"followUp.timeLimit"_s), {}};
    if (!earlier.persons.isEmpty())
        letter.paragraphs << LetterParagraph{
            text(u"followUp.timeLimitPersons"_s +
                 (earlier.persons.size() == 1 ? u".one"_s : u".many"_s)),
            {}};
    const QString request = filled(
        text(email.isEmpty() ? u"followUp.request.plain"_s : u"followUp.request.email"_s), open);
    letter.paragraphs << LetterParagraph{fill(request, u"email"_s, email), {}};
    if (!earlier.persons.isEmpty())
        letter.paragraphs << LetterParagraph{
            text(u"followUp.requestPersons"_s +
                 (earlier.persons.size() == 1 ? u".one"_s : u".many"_s)),
            {}};
    // A date to answer by: a month from this letter.
    letter.paragraphs << LetterParagraph{fill(text(u"followUp.leadAuthority"_s), u"deadline"_s,
                                              written(all.options.date.addMonths(1))),
                                         {}};
    letter.enclosureHeading = text(u"enclosure"_s);
    letter.enclosures << fill(
        text(form ? u"followUp.enclosure.form"_s : u"followUp.enclosure.letter"_s), u"date"_s,
        sentOn);
    letter.documentSubject = counted(u"followUp.documentSubject"_s, all);
    letter.fileNameStem = text(u"followUp.fileName"_s);
    return letter;
}

Letter LetterComposer::authorityNotice(const ObjectionRequest& input,
                                       const EarlierObjection& earlier, Authority authority,
                                       const PostalAddress& ownAuthority) const
{
    ObjectionRequest all = about(input, earlier.accounts);
    const QString number = caseNumber(InputValidation::printable(earlier.recordId));
    // The record entry's case number is the reference the authority can quote,
    // unless the organisation has one of its own: then it is named below it.
    const bool ownReference = !all.options.reference.simplified().isEmpty();
    const QString sentOn = written(earlier.sentOn);
    QString which = u"notice.own."_s;
    if (authority == Authority::IrishDpc)
        which = u"notice.irishDpc."_s;
    else if (authority == Authority::HmbBfDI)
        which = u"notice.hmbBfDI."_s;

    Letter letter = frame(all);
    if (!number.isEmpty())
        letter.information.insert(ownReference ? 1 : 0,
                                  LetterField{text(u"info.record"_s), number});
    letter.recipientLines =
        authority == Authority::Own
            ? ownAuthority.recipientLines(m_language)
            : MetaFacts::instance().address(authority).recipientLines(m_language);
    letter.subject = fill(text(u"notice.subject"_s), u"date"_s, sentOn);
    QString answer;
    if (earlier.followUpSentOn.isValid())
        answer = fill(text(u"notice.followUp"_s), u"date"_s, written(earlier.followUpSentOn));
    letter.paragraphs << LetterParagraph{text(u"notice.information"_s), {}}
                      << LetterParagraph{earlierObjectionText(u"notice.objection"_s, all, earlier),
                                         {}};
    if (!earlier.persons.isEmpty()) {
        letter.paragraphs << LetterParagraph{
            text(u"notice.persons"_s + (earlier.persons.size() == 1 ? u".one"_s : u".many"_s)),
            personItems(earlier.persons)};
    }
    letter.paragraphs << answerParagraphs(u"notice."_s, earlier);
    if (!answer.isEmpty())
        letter.paragraphs << LetterParagraph{answer, {}};
    letter.paragraphs << LetterParagraph{
        text(which + u"role"_s) + u' ' + text(u"notice.enclosed"_s), {}};
    letter.enclosureHeading = text(u"enclosure"_s);
    letter.enclosures << fill(text(u"notice.enclosure"_s), u"date"_s, sentOn);
    letter.documentSubject = text(u"notice.documentSubject"_s);
    letter.fileNameStem = text(which + u"fileName"_s);
    return letter;
}

// The form a person signs (DOMAIN.md, route 2): what it authorises, for which
// accounts, what happens with the name (Art. 13), voluntary, revocable.
Letter LetterComposer::authorisationForm(const ObjectionRequest& input,
                                         const AuthorisingPerson& who) const
{
    const ObjectionRequest request = InputValidation::printable(input);
    AuthorisingPerson person = who;
    person.name = InputValidation::printable(person.name).simplified();
    person.role = InputValidation::printable(person.role).simplified();
    const QString organisation = request.organisation.name.simplified();
    const QString email = request.organisation.email.trimmed();
    const auto withNames = [&](QString sentence) {
        sentence = fill(sentence, u"organisation"_s, organisation);
        sentence = fill(sentence, u"name"_s, person.name);
        return fill(sentence, u"role"_s, person.role);
    };

    Letter letter = frame(request);
    letter.information.clear();
    // A minor's form goes to the legal representatives, who sign it.
    letter.recipientLines = QStringList{
        person.minor ? fill(text(u"authorisation.recipientMinor"_s), u"name"_s, person.name)
                     : person.name};
    letter.salutation.clear();
    letter.closing.clear();
    letter.closingOrganisation.clear();
    letter.contactLines.clear();
    letter.subject =
        text(person.minor ? u"authorisation.subjectMinor"_s : u"authorisation.subject"_s);
    LetterParagraph mandate;
    mandate.text = withNames(counted(
        person.minor ? u"authorisation.mandateMinor"_s : u"authorisation.mandate"_s, request));
    for (const Account& account : request.accounts)
        mandate.items << accountItem(account);
    const bool ownLaw = request.organisation.kind == OrganisationKind::Church &&
                        request.organisation.churchLaw != ChurchLaw::Gdpr;
    static const QRegularExpression staff(
        u"besch(ä|ae)ftigt|mitarbeit|angestellt|auszubild|staff|employ"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString voluntary = u"authorisation.voluntary"_s;
    if (person.minor)
        voluntary = u"authorisation.voluntaryMinor"_s;
    else if (staff.match(person.role).hasMatch())
        voluntary =
            ownLaw ? u"authorisation.voluntaryStaffOwnLaw"_s : u"authorisation.voluntaryStaff"_s;
    const QString retention = request.options.authorisationRetention.simplified();
    QString keep = withNames(text(u"authorisation.keep"_s));
    keep = fill(keep, u"retention"_s,
                retention.isEmpty() ? text(u"authorisation.retentionDefault"_s) : retention);
    keep = fill(keep, u"contact"_s,
                email.isEmpty() ? QString()
                                : fill(text(u"authorisation.contact"_s), u"email"_s, email));
    const LetterParagraph notes{
        text(u"authorisation.notes"_s),
        {withNames(
             text(person.role.isEmpty() ? u"authorisation.useNoRole"_s : u"authorisation.use"_s)),
         keep, text(voluntary), text(u"authorisation.revocation"_s),
         text(person.minor ? u"authorisation.ownRightMinor"_s : u"authorisation.ownRight"_s)}};
    letter.paragraphs << mandate << notes;
    const QString line = u"_______________________________________"_s;
    letter.signatureLines.clear(); // the person signs, not the organisation
    if (person.minor) {
        // Both legal representatives sign (§ 1629 BGB), each on a line.
        const QJsonArray captions =
            m_texts.value("authorisation"_L1).toObject().value("signatureMinor"_L1).toArray();
        for (const QJsonValue& caption : captions) {
            if (!letter.signatureLines.isEmpty())
                letter.signatureLines << QString() << QString();
            letter.signatureLines << line << caption.toString();
        }
    } else {
        letter.signatureLines = QStringList{line, text(u"authorisation.signature"_s)};
    }
    letter.documentSubject = text(u"authorisation.documentSubject"_s);
    letter.fileNameStem = text(u"authorisation.fileName"_s);
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
    for (const Account& account : request.accounts)
        paragraph.items << accountItem(account);
    return paragraph;
}

QString LetterComposer::accountItem(const Account& account) const
{
    const QString key =
        account.platform == Platform::Facebook ? u"account.facebook"_s : u"account.instagram"_s;
    QString item = fill(text(key), u"name"_s, account.name.simplified());
    item = fill(item, u"address"_s, account.address.trimmed());
    if (!account.loginEmail.trimmed().isEmpty())
        item += fill(text(u"account.loginEmail"_s), u"email"_s, account.loginEmail.trimmed());
    return item;
}

// The facts Meta must weigh under Art. 6(1)(f) (DOMAIN.md): the
// organisation's responsibility, purpose and the people's expectations always,
// then the situation it chose, then its own words. No Art. 21 for it.
LetterParagraph LetterComposer::groundsParagraph(const ObjectionRequest& request) const
{
    const Organisation& org = request.organisation;
    LetterParagraph paragraph;
    paragraph.text = text(u"groundsIntro"_s);
    const bool church = org.kind == OrganisationKind::Church;
    const QString law = church ? RequestKeys::key(org.churchLaw) : u"gdpr"_s;
    paragraph.items << fill(filled(text(u"responsibility.text"_s), request), u"law"_s,
                            text(u"responsibility."_s + law))
                    << text(u"purpose"_s) << text(u"expectations"_s);
    const QList<Ground> applicable = applicableGrounds(org);
    // Listed in a fixed order, whatever order the boxes were ticked in.
    for (Ground ground : applicable) {
        if (ground == Ground::NoNeed || !request.options.grounds.contains(ground))
            continue;
        QString key = RequestKeys::key(ground);
        // A church is no body of the state: its own words, never neutrality.
        if (ground == Ground::PublicBody && church)
            key = u"church"_s;
        // Under its own law (Art. 91) a church does not cite the GDPR for its
        // own consents.
        if (ground == Ground::SpecialCategories && church && org.churchLaw != ChurchLaw::Gdpr)
            key = u"specialCategoriesOwnLaw"_s;
        QString item = filled(text(u"grounds."_s + key), request);
        if (ground == Ground::SpecialCategories) {
            const QString categories = specialCategories(request.options);
            if (categories.isEmpty())
                continue; // nothing named: the sentence would claim nothing
            item = fill(item, u"categories"_s, categories);
        }
        paragraph.items << item;
    }
    const QString own = request.options.ownGrounds.trimmed();
    if (!own.isEmpty())
        paragraph.items << own;
    return paragraph;
}

QString LetterComposer::specialCategories(const LetterOptions& options) const
{
    QStringList names;
    for (SpecialCategory category :
         {SpecialCategory::Religion, SpecialCategory::Health, SpecialCategory::TradeUnion}) {
        if (options.specialCategories.contains(category))
            names << text(u"specialCategories."_s + RequestKeys::key(category));
    }
    if (const QString other = options.otherSpecialCategories.simplified(); !other.isEmpty())
        names << other;
    return names.join(u", "_s);
}

// Only when chosen, only for Facebook Pages (the case law concerns them), and
// with its scope and its limits (DOMAIN.md: C-210/16, C-40/17, VG Köln).
QString LetterComposer::jointControllership(const ObjectionRequest& request) const
{
    if (!request.options.jointControllership || !has(request, Platform::Facebook))
        return {};
    // No sentence about Instagram in the letter: there is no ruling (help text only).
    return filled(text(u"jointControllership.facebook"_s), request);
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
    text = fill(text, u"thirdPartyForm"_s, meta.thirdPartyForm.toString());
    text = fill(text, u"thirdPartyFormSeen"_s, written(meta.thirdPartyFormSeen));
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
