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
    QString countryLine;
    QUrl privacyPolicy;
    QUrl privacyCentre;
    QUrl facebookObjectionForm;
    QUrl instagramObjectionForm;
    QStringList facebookHosts;
    QStringList instagramHosts;

    QStringList recipientLines() const;
    const QStringList& hostsFor(Platform platform) const;

    static const MetaFacts& instance();
};
