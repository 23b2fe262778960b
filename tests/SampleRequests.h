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
    org.publicBody = true;
    request.options.date = QDate(2026, 11, 29);
    request.options.grounds = suggestedGrounds(org);
    // The data protection officer is the contact; the head of the main office
    // signs "i. A." (DOMAIN.md: the DPO advises and signs only when authorised).
    request.options.signatoryName = QStringLiteral("Max Mustermann");
    request.options.signatoryRole = QStringLiteral("Leiter des Hauptamts");
    request.options.signatoryCapacity = SignatoryCapacity::OnBehalf;
    return request;
}

// The shortest letter an organisation sends: one Facebook Page, no ground
// chosen, so that it fits on one page (tests of the first page's layout).
inline ObjectionRequest shortRequest()
{
    ObjectionRequest request = sampleRequest();
    request.accounts.removeLast();
    request.options.grounds.clear();
    return request;
}

// The letter that crashed the preview when people first tried it: the
// data-protection officer of an association ticks two more grounds and writes
// two lines of its own reasons, and the letter runs onto a second page.
inline ObjectionRequest associationRequest()
{
    ObjectionRequest request = sampleRequest();
    Organisation& org = request.organisation;
    org.name = QStringLiteral("Sportverein Grün-Weiß Musterstadt e. V.");
    org.kind = OrganisationKind::Association;
    org.publicBody = false;
    org.contactName = QStringLiteral("Jonas Becker");
    org.contactRole = QStringLiteral("Datenschutzbeauftragter");
    org.email = QStringLiteral("datenschutz@gruen-weiss-musterstadt.de");
    org.street = QStringLiteral("Am Sportplatz 3");
    request.accounts = {
        {Platform::Facebook, QStringLiteral("Grün-Weiß Musterstadt"),
         QStringLiteral("https://www.facebook.com/gruenweissmusterstadt")},
        {Platform::Instagram, QStringLiteral("Grün-Weiß Jugend"), QStringLiteral("@gw_jugend")},
    };
    request.options.grounds = {Ground::Minors, Ground::Confidential, Ground::NoNeed};
    request.options.ownGrounds =
        QStringLiteral("In unserer Jugendabteilung trainieren über 200 Kinder; Eltern kommentieren "
                       "Spielberichte und Fotos.\nÜber Facebook melden sich Mitglieder auch zu "
                       "Beiträgen, Krankheit und Kündigungen.");
    return request;
}

// An organisation with many accounts (a university with every faculty, say):
// each account is a line of the letter, so the count sets the letter's length.
inline ObjectionRequest manyAccountsRequest(int count)
{
    ObjectionRequest request = sampleRequest();
    request.accounts.clear();
    for (int i = 1; i <= count; ++i) {
        const QString number = QString::number(i);
        if (i % 3 == 0) {
            request.accounts << Account{Platform::Instagram,
                                        QStringLiteral("Musterstadt Stadtteil ") + number,
                                        QStringLiteral("@musterstadt_teil") + number};
        } else {
            request.accounts << Account{
                Platform::Facebook, QStringLiteral("Stadtbibliothek Zweigstelle ") + number,
                QStringLiteral("https://www.facebook.com/stadtbibliothek.zweigstelle") + number};
        }
    }
    return request;
}
