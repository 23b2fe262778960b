#pragma once

#include <QDateTime>
#include <QString>

class PdfFile;

// QPdfWriter (Qt 6.4) writes only Title and Creator into the PDF's document
// information, and the current time as its creation date; Qt 6.8 also a
// modification date and, in its XMP metadata, three more dates (create,
// modify, metadata). The information dictionary is written anew with Author
// and Subject, and every date (also in the XMP) is the given one: the same
// letter and date give the same bytes.
struct PdfDocumentInfo
{
    QString title;
    QString author;
    QString subject;
    QString creator;
    QDateTime creationDate;
};

// False, and the file as it was, when its catalogue cannot be read.
bool setDocumentInfo(PdfFile& file, const PdfDocumentInfo& info);
