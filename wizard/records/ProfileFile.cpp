#include "ProfileFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "AtomicFileWriter.h"
#include "FileAccess.h"
#include "InputValidation.h"
#include "JsonFieldReader.h"
#include "RequestKeys.h"

using namespace Qt::StringLiterals;

namespace {
const QString formatName = u"ki-widerspruch-profile"_s;

// A value stored by its key (RequestKeys); missing: the fallback.
template <typename Enum>
Enum keyedValue(JsonFieldReader& reader, const QJsonObject& object, const QString& key,
                const QString& path, std::optional<Enum> (*parse)(const QString&), Enum fallback)
{
    const QString text = reader.text(object, key, path, InputLimits::name);
    if (text.isEmpty())
        return fallback;
    if (const auto value = parse(text))
        return *value;
    reader.unknownValue(path, text);
    return fallback;
}

// An optional e-mail address: empty, or one that looks like one.
QString emailField(JsonFieldReader& reader, const QJsonObject& object, const QString& key,
                   const QString& path)
{
    const QString email = reader.text(object, key, path, InputLimits::email);
    if (const QString problem = email.isEmpty() ? QString() : InputValidation::emailError(email);
        !problem.isEmpty()) {
        reader.fail(path + u": "_s + problem);
        return {};
    }
    return email;
}

Organisation readOrganisation(JsonFieldReader& reader, const QJsonObject& root)
{
    const QJsonObject o = reader.object(root, u"organisation"_s, u"organisation"_s);
    const auto field = [&](const char* key, int limit) {
        const QString name = QString::fromLatin1(key);
        return reader.text(o, name, u"organisation."_s + name, limit);
    };
    Organisation org;
    org.name = field("name", InputLimits::name);
    org.kind = keyedValue(reader, o, u"kind"_s, u"organisation.kind"_s,
                          &RequestKeys::organisationKind, OrganisationKind::Company);
    // Files from before this field: as suggested for the kind.
    org.publicBody = reader.boolean(o, u"publicBody"_s, u"organisation.publicBody"_s,
                                    suggestedPublicBody(org.kind));
    org.contactName = field("contactName", InputLimits::name);
    org.contactRole = field("contactRole", InputLimits::field);
    org.email = emailField(reader, o, u"email"_s, u"organisation.email"_s);
    org.phone = field("phone", InputLimits::phone);
    org.street = field("street", InputLimits::field);
    org.postcode = field("postcode", InputLimits::postcode);
    org.city = field("city", InputLimits::field);
    org.country = field("country", InputLimits::field);
    org.churchLaw = keyedValue(reader, o, u"churchLaw"_s, u"organisation.churchLaw"_s,
                               &RequestKeys::churchLaw, ChurchLaw::Gdpr);
    return org;
}

QList<Account> readAccounts(JsonFieldReader& reader, const QJsonObject& root)
{
    QList<Account> accounts;
    const QJsonArray list =
        reader.array(root, u"accounts"_s, u"accounts"_s, ProfileFile::maxAccounts);
    for (qsizetype i = 0; i < list.size() && reader.ok(); ++i) {
        const QString path = u"accounts[%1]"_s.arg(i);
        const qsizetype problems = reader.problems().size();
        const QJsonObject entry = reader.arrayObject(list, i, path);
        Account account;
        const QString platform =
            reader.text(entry, u"platform"_s, path + u".platform"_s, InputLimits::name);
        if (const auto value = RequestKeys::platform(platform))
            account.platform = *value;
        else if (reader.problems().size() == problems)
            reader.unknownValue(path + u".platform"_s, platform);
        account.name = reader.text(entry, u"name"_s, path + u".name"_s, InputLimits::name);
        account.loginEmail = emailField(reader, entry, u"email"_s, path + u".email"_s);
        const QString address =
            reader.text(entry, u"address"_s, path + u".address"_s, InputLimits::accountAddress);
        if (reader.problems().size() == problems) {
            const AccountAddressCheck check =
                InputValidation::checkAccountAddress(account.platform, address);
            if (check.error.isEmpty())
                account.address = check.normalised;
            else
                reader.fail(path + u".address: "_s + check.error);
        }
        // An account with any problem is left out (when salvaging what can be used).
        if (reader.problems().size() == problems)
            accounts << account;
    }
    return accounts;
}

QList<AuthorisingPerson> readPersons(JsonFieldReader& reader, const QJsonObject& root)
{
    QList<AuthorisingPerson> persons;
    const QJsonArray list =
        reader.array(root, u"persons"_s, u"persons"_s, ProfileFile::maxAccounts);
    for (qsizetype i = 0; i < list.size() && reader.ok(); ++i) {
        const QString path = u"persons[%1]"_s.arg(i);
        const QJsonObject entry = reader.arrayObject(list, i, path);
        AuthorisingPerson person;
        person.name = reader.text(entry, u"name"_s, path + u".name"_s, InputLimits::name);
        person.role = reader.text(entry, u"role"_s, path + u".role"_s, InputLimits::field);
        person.signedOn = reader.date(entry, u"signedOn"_s, path + u".signedOn"_s);
        person.appearsIn =
            reader.text(entry, u"appearsIn"_s, path + u".appearsIn"_s, InputLimits::field);
        person.minor = reader.boolean(entry, u"minor"_s, path + u".minor"_s, false);
        person.revokedOn = reader.date(entry, u"revokedOn"_s, path + u".revokedOn"_s);
        persons << person;
    }
    return persons;
}

LetterOptions readOptions(JsonFieldReader& reader, const QJsonObject& root, int version)
{
    const QJsonObject o = reader.object(root, u"letter"_s, u"letter"_s);
    LetterOptions options;
    const QString language = reader.text(o, u"language"_s, u"letter.language"_s, 8);
    if (language == "de"_L1 || language == "en"_L1)
        options.letterLanguage = language;
    else if (!language.isEmpty())
        reader.unknownValue(u"letter.language"_s, language);
    options.place = reader.text(o, u"place"_s, u"letter.place"_s, InputLimits::field);
    options.reference =
        reader.text(o, u"reference"_s, u"letter.reference"_s, InputLimits::reference);
    options.date = reader.date(o, u"date"_s, u"letter.date"_s);
    if (!options.date.isValid())
        options.date = QDate::currentDate(); // also what the wizard starts with
    const QJsonArray grounds = reader.array(o, u"grounds"_s, u"letter.grounds"_s, 10);
    for (qsizetype i = 0; i < grounds.size() && reader.ok(); ++i) {
        const QString path = u"letter.grounds[%1]"_s.arg(i);
        const QString key = grounds.at(i).toString();
        // Version 1's "minors" said: own posts show minors, and vulnerable
        // people comment; only its first half was about the organisation's own
        // content, so it becomes that. Its "confidential" becomes the new
        // ground of the same name (replies about personal matters).
        // Keys new in version 2 are unknown in a version 1 file.
        const auto ground = RequestKeys::ground(key);
        if (ground && (version >= 2 || *ground == Ground::PublicBody || *ground == Ground::Minors ||
                       *ground == Ground::Confidential || *ground == Ground::NoNeed)) {
            if (!options.grounds.contains(*ground))
                options.grounds << *ground;
        } else {
            reader.unknownValue(path, key);
        }
    }
    options.ownGrounds =
        reader.text(o, u"ownGrounds"_s, u"letter.ownGrounds"_s, InputLimits::ownGrounds);
    const QJsonArray categories =
        reader.array(o, u"specialCategories"_s, u"letter.specialCategories"_s, 10);
    for (qsizetype i = 0; i < categories.size() && reader.ok(); ++i) {
        const QString key = categories.at(i).toString();
        if (const auto category = RequestKeys::specialCategory(key)) {
            if (!options.specialCategories.contains(*category))
                options.specialCategories << *category;
        } else {
            reader.unknownValue(u"letter.specialCategories[%1]"_s.arg(i), key);
        }
    }
    options.otherSpecialCategories = reader.text(
        o, u"otherSpecialCategories"_s, u"letter.otherSpecialCategories"_s, InputLimits::field);
    options.authorisationRetention = reader.text(
        o, u"authorisationRetention"_s, u"letter.authorisationRetention"_s, InputLimits::field);
    options.jointControllership =
        reader.boolean(o, u"jointControllership"_s, u"letter.jointControllership"_s, false);
    options.requestConfirmation =
        reader.boolean(o, u"requestConfirmation"_s, u"letter.requestConfirmation"_s, true);
    const QJsonObject signatory = reader.object(o, u"signatory"_s, u"letter.signatory"_s);
    options.signatoryName =
        reader.text(signatory, u"name"_s, u"letter.signatory.name"_s, InputLimits::name);
    options.signatoryRole =
        reader.text(signatory, u"role"_s, u"letter.signatory.role"_s, InputLimits::field);
    options.signatoryCapacity =
        keyedValue(reader, signatory, u"capacity"_s, u"letter.signatory.capacity"_s,
                   &RequestKeys::signatoryCapacity, SignatoryCapacity::Self);
    options.postalNote = keyedValue(reader, o, u"postalNote"_s, u"letter.postalNote"_s,
                                    &RequestKeys::postalNote, PostalNote::None);
    return options;
}
} // namespace

QJsonObject ProfileFile::accountToJson(const Account& account)
{
    QJsonObject entry{{u"platform"_s, RequestKeys::key(account.platform)},
                      {u"name"_s, account.name},
                      {u"address"_s, account.address}};
    if (!account.loginEmail.isEmpty()) // optional, so older readers see no change
        entry.insert(u"email"_s, account.loginEmail);
    return entry;
}

QByteArray ProfileFile::toJson(const ObjectionRequest& request)
{
    const Organisation& org = request.organisation;
    QJsonArray accounts;
    for (const Account& account : request.accounts)
        accounts.append(accountToJson(account));
    QJsonArray grounds;
    for (Ground ground : request.options.grounds)
        grounds.append(RequestKeys::key(ground));
    QJsonObject letter{
        {u"language"_s, request.options.letterLanguage},
        {u"place"_s, request.options.place},
        {u"grounds"_s, grounds},
        {u"ownGrounds"_s, request.options.ownGrounds},
        {u"jointControllership"_s, request.options.jointControllership},
        {u"requestConfirmation"_s, request.options.requestConfirmation},
        {u"reference"_s, request.options.reference},
        {u"signatory"_s,
         QJsonObject{{u"name"_s, request.options.signatoryName},
                     {u"role"_s, request.options.signatoryRole},
                     {u"capacity"_s, RequestKeys::key(request.options.signatoryCapacity)}}},
        {u"postalNote"_s, RequestKeys::key(request.options.postalNote)},
        {u"otherSpecialCategories"_s, request.options.otherSpecialCategories},
        {u"authorisationRetention"_s, request.options.authorisationRetention},
    };
    QJsonArray categories;
    for (SpecialCategory category : request.options.specialCategories)
        categories.append(RequestKeys::key(category));
    letter.insert(u"specialCategories"_s, categories);
    QJsonArray persons;
    for (const AuthorisingPerson& person : request.persons) {
        QJsonObject entry{{u"name"_s, person.name},
                          {u"role"_s, person.role},
                          {u"appearsIn"_s, person.appearsIn},
                          {u"minor"_s, person.minor}};
        if (person.signedOn.isValid())
            entry.insert(u"signedOn"_s, person.signedOn.toString(Qt::ISODate));
        if (person.revokedOn.isValid())
            entry.insert(u"revokedOn"_s, person.revokedOn.toString(Qt::ISODate));
        persons.append(entry);
    }
    if (request.options.date.isValid())
        letter.insert(u"date"_s, request.options.date.toString(Qt::ISODate));
    const QJsonObject root{
        {u"format"_s, formatName},
        {u"version"_s, formatVersion},
        {u"organisation"_s, QJsonObject{{u"name"_s, org.name},
                                        {u"kind"_s, RequestKeys::key(org.kind)},
                                        {u"publicBody"_s, org.publicBody},
                                        {u"contactName"_s, org.contactName},
                                        {u"contactRole"_s, org.contactRole},
                                        {u"email"_s, org.email},
                                        {u"phone"_s, org.phone},
                                        {u"street"_s, org.street},
                                        {u"postcode"_s, org.postcode},
                                        {u"city"_s, org.city},
                                        {u"country"_s, org.country},
                                        {u"churchLaw"_s, RequestKeys::key(org.churchLaw)}}},
        {u"accounts"_s, accounts},
        {u"letter"_s, letter},
        {u"persons"_s, persons},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ProfileReadResult ProfileFile::fromJson(const QByteArray& json)
{
    JsonFieldReader reader;
    ObjectionRequest request = read(json, reader);
    if (!reader.ok())
        return {std::nullopt, reader.error()};
    return {request, {}};
}

ProfileFile::Salvaged ProfileFile::salvage(const QByteArray& json)
{
    JsonFieldReader reader(JsonFieldReader::Mode::Salvage);
    ObjectionRequest request = read(json, reader);
    return {request, reader.problems()};
}

ObjectionRequest ProfileFile::read(const QByteArray& json, JsonFieldReader& reader)
{
    if (const QString problem = JsonFieldReader::encodingProblem(json); !problem.isEmpty()) {
        reader.fail(problem);
        return {};
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        reader.fail(
            tr("The file is not valid JSON (%1: %2). It may be damaged or incomplete.")
                .arg(JsonFieldReader::position(json, parseError.offset), parseError.errorString()));
        return {};
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"format"_s).toString() != formatName) {
        reader.fail(tr("This is not a KI-Widerspruch profile."));
        return {};
    }
    const QJsonValue version = root.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() < 1 ||
        version.toDouble() != double(version.toInt())) {
        reader.fail(tr("The profile has no valid format version."));
        return {};
    }
    // A newer format keeps the fields of this one, so what is salvaged from it
    // is still worth having; a profile the user opens is refused.
    if (version.toInt() > formatVersion) {
        reader.fail(tr("This profile was made by a newer version of KI-Widerspruch (format %1; "
                       "this version reads format %2). Please update the program.")
                        .arg(version.toInt())
                        .arg(formatVersion));
        if (!reader.salvaging())
            return {};
    }

    ObjectionRequest request;
    request.organisation = readOrganisation(reader, root);
    if (reader.ok())
        request.accounts = readAccounts(reader, root);
    if (reader.ok())
        request.options = readOptions(reader, root, version.toInt());
    if (reader.ok())
        request.persons = readPersons(reader, root);
    return request;
}

ProfileReadResult ProfileFile::read(const QString& path)
{
    const FileAccess::ReadResult file = FileAccess::readRegularFile(path, maxFileSize);
    if (file.tooLarge) {
        return {std::nullopt, tr("The file is larger than %1 KiB; a profile is much smaller.")
                                  .arg(maxFileSize / 1024)};
    }
    if (!file.error.isEmpty())
        return {std::nullopt, tr("The file could not be opened: %1.").arg(file.error)};
    return fromJson(file.data);
}

QString ProfileFile::write(const QString& path, const ObjectionRequest& request,
                           AtomicFileWriter::Naming naming)
{
    return AtomicFileWriter::write(path, toJson(request), naming);
}
