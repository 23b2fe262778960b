#pragma once

#include <QByteArray>
#include <memory>

class QPDF;
class QPDFObjectHandle;

// A PDF that Qt's engine wrote, opened with qpdf's library to be changed and
// written again. qpdf does the PDF syntax (objects, streams, cross-reference
// tables); the repairs in this folder only say what changes. qpdf reports
// damage with exceptions: whoever uses document() catches std::exception.
class PdfFile
{
public:
    // Not open when qpdf cannot read the bytes as a PDF.
    explicit PdfFile(const QByteArray& pdf);
    ~PdfFile();
    PdfFile(const PdfFile&) = delete;
    PdfFile& operator=(const PdfFile&) = delete;

    bool isOpen() const { return m_document != nullptr; }
    QPDF& document() { return *m_document; }

    // The file as one revision (every stream as it was given, compressed or
    // not), in the syntax PDF/A-1 asks for, and with a
    // document ID computed from the content: the same content gives the same
    // bytes. Empty when qpdf cannot write it.
    QByteArray save();

    // A stream's content, decoded. Throws as qpdf does.
    static QByteArray streamData(QPDFObjectHandle stream);

private:
    const QByteArray m_bytes; // qpdf reads from here for as long as it lives
    std::unique_ptr<QPDF> m_document;
};
