#pragma once

#include <QDate>
#include <QMap>
#include <QStringList>
#include <QUrl>

#include "FollowUp.h"
#include "ObjectionRequest.h"

// A postal address as the window shows it: name and address lines, then the
// country in capitals for post abroad (none for post within Germany).
struct PostalAddress
{
    QStringList lines;
    QString countryLine;        // "IRLAND", or empty
    QString countryLineEnglish; // "IRELAND", for a letter in English

    QStringList recipientLines(const QString& letterLanguage) const;
};

// An organisation's own supervisory authority (DOMAIN.md), as its own page
// gives the postal address; no address where none was verified.
struct SupervisoryAuthority
{
    QString id;
    QString name;
    QStringList nameLines; // the name as the letter's window shows it
    QStringList addressLines;
    QString source; // the authority's page the address is from
    QDate read;     // when it was read there
};

// Meta's address, links and account hosts, and the supervisory authorities'
// addresses, read from resources/meta.json so that a changed fact (DOMAIN.md)
// is changed in exactly one file.
struct MetaFacts
{
    QString controllerName;
    QStringList addressLines;
    QString countryLine;        // in capitals, as for international post: "IRLAND"
    QString countryLineEnglish; // "IRELAND", for a letter in English
    QUrl privacyPolicy;
    QUrl privacyCentre;
    QUrl facebookObjectionForm;
    QUrl instagramObjectionForm;
    // For people whose information appears in others' content; with the date
    // it was last seen, which the texts that name it print.
    QUrl thirdPartyForm;
    QDate thirdPartyFormSeen;
    QStringList facebookHosts;
    QStringList instagramHosts;
    PostalAddress irishDpc;
    PostalAddress hmbBfDI;
    QList<SupervisoryAuthority> ownAuthorities;
    // Dated statements (the help texts print the date).
    QDate noCourtForbidsAsOf;
    // Decisions a letter can cite, by the identifier it cites them with.
    QMap<QString, QDate> decisions;

    // The address block, the country in the letter's language ("de" or "en").
    QStringList recipientLines(const QString& letterLanguage = QStringLiteral("de")) const;
    const QStringList& hostsFor(Platform platform) const;
    const PostalAddress& address(Authority authority) const;

    static const MetaFacts& instance();
};
