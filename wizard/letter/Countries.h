#pragma once

#include <QCoreApplication>
#include <QString>

// The countries users write as their organisation's country
// (resources/countries.json): how their postcodes look and which language a
// letter from there is written in by default. A name typed in either language
// or spelling ("Österreich", "austria", "Oesterreich") is the same country;
// countries not in the file are not judged.
class Countries
{
    Q_DECLARE_TR_FUNCTIONS(Countries)

public:
    // "DE", "AT", …; empty for an empty or unknown country.
    static QString code(const QString& country);
    // A message when the postcode does not have the form of the country's
    // postcodes ("Jonas Weber" for Germany); empty when it has, when it is
    // empty (a missing address is another warning) or the country is unknown.
    // The letter is written all the same: the message says so.
    static QString postcodeProblem(const QString& postcode, const QString& country);
    // The letter's language for an organisation there: "de" where German is
    // written (Germany, Austria, Switzerland, Liechtenstein, Luxembourg), "en"
    // for any other country typed (the letter has no third language); empty
    // when no country is typed.
    static QString letterLanguage(const QString& country);
};
