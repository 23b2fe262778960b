#include "LetterComposer.h"

#include <QLocale>

#include "InputValidation.h"
#include "MetaFacts.h"
#include "RequestKeys.h"
#include "ResourceJson.h"

using namespace Qt::StringLiterals;

namespace {
QString joinNonEmpty(const QStringList& parts, const QString& separator)
{
    QStringList kept;
    for (const QString& part : parts) {
        const QString trimmed = part.simplified();
        if (!trimmed.isEmpty())
            kept << trimmed;
    }
    return kept.join(separator);
}

QString fill(QString text, const QString& placeholder, const QString& value)
{
    return text.replace(u'{' + placeholder + u'}', value);
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

Letter LetterComposer::compose(const ObjectionRequest& input) const
{
    // Every way in (wizard, profile, command line) ends here, so this is where
    // stray control characters are taken out of what the letter shows.
    const ObjectionRequest request = InputValidation::printable(input);
    const Organisation& org = request.organisation;
    const QString cityLine = joinNonEmpty({org.postcode, org.city}, u" "_s);

    Letter letter;
    letter.returnAddress = joinNonEmpty({org.name, org.street, cityLine, org.country}, u" · "_s);
    for (const QString& line : {org.name, org.street, cityLine, org.country}) {
        if (!line.trimmed().isEmpty())
            letter.senderLines << line.simplified();
    }
    letter.recipientLines = MetaFacts::instance().recipientLines();
    letter.information = information(request);
    letter.placeAndDate = placeAndDate(request);
    letter.subject = text(u"subject"_s);
    letter.salutation = text(u"salutation"_s);

    letter.paragraphs << objectionParagraph(request) << accountsParagraph(request)
                      << LetterParagraph{text(u"responsibility"_s), {}};
    if (request.options.jointControllership)
        letter.paragraphs << LetterParagraph{text(u"jointControllership"_s), {}};
    const LetterParagraph grounds = groundsParagraph(request);
    if (!grounds.items.isEmpty())
        letter.paragraphs << grounds;
    letter.paragraphs << LetterParagraph{text(u"demand"_s), {}};
    if (request.options.requestConfirmation) {
        letter.paragraphs << LetterParagraph{
            fill(text(u"confirmation"_s), u"email"_s, org.email.trimmed()), {}};
    }

    letter.closing = text(u"closing"_s);
    for (const QString& line : {org.contactName, org.contactRole, org.name}) {
        if (!line.trimmed().isEmpty())
            letter.signatureLines << line.simplified();
    }
    letter.contactLines = letter.signatureLines;
    if (!org.email.trimmed().isEmpty())
        letter.contactLines << org.email.trimmed();
    letter.pageNumberPattern = text(u"pageNumber"_s);
    letter.author = org.name.simplified();
    letter.documentSubject = text(u"documentSubject"_s);
    letter.fileNameStem = text(u"fileName"_s);
    return letter;
}

LetterParagraph LetterComposer::objectionParagraph(const ObjectionRequest& request) const
{
    bool facebook = false;
    bool instagram = false;
    for (const Account& account : request.accounts) {
        facebook |= account.platform == Platform::Facebook;
        instagram |= account.platform == Platform::Instagram;
    }
    const QString key = facebook && instagram ? u"objection.both"_s
                        : instagram           ? u"objection.instagram"_s
                        : facebook            ? u"objection.facebook"_s
                                              : u"objection.both"_s;
    return {text(key), {}};
}

LetterParagraph LetterComposer::accountsParagraph(const ObjectionRequest& request) const
{
    LetterParagraph paragraph;
    paragraph.text =
        fill(text(u"accountsIntro"_s), u"organisation"_s, request.organisation.name.simplified());
    for (const Account& account : request.accounts) {
        const QString key =
            account.platform == Platform::Facebook ? u"account.facebook"_s : u"account.instagram"_s;
        QString item = fill(text(key), u"name"_s, account.name.simplified());
        paragraph.items << fill(item, u"address"_s, account.address.trimmed());
    }
    return paragraph;
}

LetterParagraph LetterComposer::groundsParagraph(const ObjectionRequest& request) const
{
    LetterParagraph paragraph;
    paragraph.text = text(u"groundsIntro"_s);
    const QList<Ground> applicable = applicableGrounds(request.organisation.kind);
    // Listed in a fixed order, whatever order the boxes were ticked in.
    for (Ground ground : applicable) {
        if (request.options.grounds.contains(ground))
            paragraph.items << text(u"grounds."_s + RequestKeys::key(ground));
    }
    const QString own = request.options.ownGrounds.trimmed();
    if (!own.isEmpty())
        paragraph.items << own;
    return paragraph;
}

QString LetterComposer::placeAndDate(const ObjectionRequest& request) const
{
    const QString date = QLocale(m_language).toString(request.options.date, text(u"dateFormat"_s));
    return joinNonEmpty({request.options.place, date}, u", "_s);
}

QList<LetterField> LetterComposer::information(const ObjectionRequest& request) const
{
    const Organisation& org = request.organisation;
    const QList<LetterField> candidates{
        {text(u"info.contact"_s), org.contactName.simplified()},
        {text(u"info.role"_s), org.contactRole.simplified()},
        {text(u"info.email"_s), org.email.trimmed()},
        {text(u"info.date"_s), placeAndDate(request)},
    };
    QList<LetterField> fields;
    for (const LetterField& field : candidates) {
        if (!field.value.isEmpty())
            fields << field;
    }
    return fields;
}
