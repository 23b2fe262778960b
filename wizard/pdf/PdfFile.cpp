#include "PdfFile.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

PdfFile::PdfFile(const QByteArray& pdf) : m_bytes(pdf)
{
    try {
        auto document = std::make_unique<QPDF>();
        // Damage is an exception for the caller, not text on standard error.
        document->setSuppressWarnings(true);
        document->processMemoryFile("PDF", m_bytes.constData(), size_t(m_bytes.size()));
        m_document = std::move(document);
    } catch (const std::exception&) {
        m_document.reset();
    }
}

PdfFile::~PdfFile() = default;

QByteArray PdfFile::save()
{
    if (!m_document)
        return {};
    try {
        QPDFWriter writer(*m_document);
        writer.setOutputMemory();
        // PDF/A-1 (ISO 19005-1, 6.1.7) wants an end of line before
        // "endstream", and no object streams.
        writer.setNewlineBeforeEndstream(true);
        writer.setObjectStreamMode(qpdf_o_disable);
        // Streams stay as they are, compressed or not: compressing the few
        // small ones Qt leaves plain cost ten times the rest of the writing.
        writer.setCompressStreams(false);
        writer.setDeterministicID(true);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char*>(buffer->getBuffer()),
                          qsizetype(buffer->getSize()));
    } catch (const std::exception&) {
        return {};
    }
}

QByteArray PdfFile::streamData(QPDFObjectHandle stream)
{
    const std::shared_ptr<Buffer> data = stream.getStreamData();
    return QByteArray(reinterpret_cast<const char*>(data->getBuffer()), qsizetype(data->getSize()));
}
