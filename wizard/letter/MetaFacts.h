#pragma once

#include <QStringList>
#include <QUrl>

#include "ObjectionRequest.h"

// Meta's address, links and account hosts, read from resources/meta.json so that
// a changed fact (DOMAIN.md) is changed in exactly one file.
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
    QStringList facebookHosts;
    QStringList instagramHosts;

    // The address block, the country in the letter's language ("de" or "en").
    QStringList recipientLines(const QString& letterLanguage = QStringLiteral("de")) const;
    const QStringList& hostsFor(Platform platform) const;

    static const MetaFacts& instance();
};
