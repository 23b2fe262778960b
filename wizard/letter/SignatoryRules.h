#pragma once

#include "ObjectionRequest.h"

// Who signs and how (DOMAIN.md, "The letter"), from resources/signatory.json:
// the heads of an organisation sign in their own name, everyone else in
// public administration "i. A."; the data protection officer signs only when
// authorised; a function is written in the letter's language.
namespace SignatoryRules {
// The function printed under the signature: the signatory's, or the contact's
// when the contact signs.
QString function(const ObjectionRequest& request);
// The function names the head of an organisation (Bürgermeisterin, President, …).
bool isHead(const QString& function);
// The function looks like the data protection officer's.
bool looksLikeDpo(const QString& function);
// The function reads as English (for a German letter).
bool looksEnglish(const QString& function);
// Authorities and public universities: "i. A." unless the head signs.
bool signsOnBehalfByDefault(const Organisation& organisation);
// What to preselect: in their own name for a head, "i. A." for any other
// function typed (and for no function in public administration); the current
// choice when nothing is typed elsewhere, and "i. V." once chosen.
SignatoryCapacity suggestedCapacity(const ObjectionRequest& request);
// In their own name with a function that is not a head's: worth a hint.
bool ownNameWithoutHeadFunction(const ObjectionRequest& request);
} // namespace SignatoryRules
