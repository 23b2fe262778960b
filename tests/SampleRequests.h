#pragma once

#include "ObjectionRequest.h"

// Requests the tests share: a typical public authority with both platforms.
inline ObjectionRequest sampleRequest()
{
    ObjectionRequest request;
    Organisation& org = request.organisation;
    org.name = QStringLiteral("Stadt Musterstadt");
    org.kind = OrganisationKind::PublicAuthority;
    org.contactName = QStringLiteral("Erika Mustermann");
    org.contactRole = QStringLiteral("Datenschutzbeauftragte");
    org.email = QStringLiteral("datenschutz@musterstadt.de");
    org.street = QStringLiteral("Rathausplatz 1");
    org.postcode = QStringLiteral("12345");
    org.city = QStringLiteral("Musterstadt");
    org.country = QStringLiteral("Deutschland");
    request.accounts = {
        {Platform::Facebook, QStringLiteral("Stadt Musterstadt"),
         QStringLiteral("https://www.facebook.com/stadtmusterstadt")},
        {Platform::Instagram, QStringLiteral("Musterstadt erleben"),
         QStringLiteral("@musterstadt")},
    };
    request.options.place = QStringLiteral("Musterstadt");
    request.options.date = QDate(2026, 11, 29);
    request.options.grounds = suggestedGrounds(org.kind);
    return request;
}
