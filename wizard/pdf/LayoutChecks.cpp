#include "LayoutChecks.h"

#include "InputValidation.h"
#include "LetterComposer.h"
#include "LetterPainter.h"

using namespace Qt::StringLiterals;

QStringList LayoutChecks::warnings(const ObjectionRequest& typed)
{
    // As the letter shows it (LetterComposer cleans the same way), so that
    // values measured on the page are found again below.
    const ObjectionRequest request = InputValidation::printable(typed);
    const Organisation& org = request.organisation;
    QStringList result;
    const LetterPainter::Overflow overflow =
        LetterPainter::overflow(LetterComposer(request.options.letterLanguage).compose(request));
    if (overflow.returnAddress)
        result << tr("The return address is too long for the envelope window even in the smallest "
                     "type and is cut off: shorten the name, street or town of the organisation.");
    else if (overflow.returnAddressLines > 2)
        result << tr("The return address takes %n lines in the envelope window even in the "
                     "smallest type; DIN 5008 provides for two. Shorten the name, street or town "
                     "of the organisation.",
                     nullptr, overflow.returnAddressLines);
    if (overflow.letterhead)
        result << tr("The letterhead (name and address of the organisation) is so long that it "
                     "runs into the envelope window. Shorten the name, street or town.");
    if (!overflow.information.isEmpty()) {
        // Named as the wizard names the fields: the letter's labels may be in
        // the other language.
        const std::pair<QString, QString> fields[] = {
            {request.options.reference.simplified(), tr("your reference")},
            {org.contactName.simplified(), tr("the contact person")},
            {org.contactRole.simplified(), tr("the contact's function")},
            {org.phone.simplified(), tr("the telephone number")},
            {org.email.trimmed(), tr("the e-mail address")},
        };
        QStringList names;
        for (const auto& [value, name] : fields) {
            if (overflow.information.contains(value) && !names.contains(name))
                names << name;
        }
        result << tr("Too long for the information block and cut off after four lines: %1.")
                      .arg(names.join(u"; "_s));
    }
    return result;
}
