#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

#include "AtomicFileWriter.h"
#include "ObjectionRequest.h"

class JsonFieldReader;

struct ProfileReadResult
{
    std::optional<ObjectionRequest> request;
    QString error; // for the user, naming the problem; empty when request is set
};

// An organisation's data, accounts and letter options as one JSON file
// (docs/profile-format.md). Reading never changes the file; writing is atomic.
class ProfileFile
{
    Q_DECLARE_TR_FUNCTIONS(ProfileFile)

public:
    // 2: church kind and law, split and new grounds, named persons (issue 25);
    // version 1 files are read, their grounds mapped (see readOptions).
    static constexpr int formatVersion = 2;
    static constexpr qint64 maxFileSize = 1024 * 1024;
    static constexpr int maxAccounts = 500;

    static QByteArray toJson(const ObjectionRequest& request);
    static ProfileReadResult fromJson(const QByteArray& json);
    // One entry of "accounts" as profiles and the record file store it.
    static QJsonObject accountToJson(const Account& account);

    struct Salvaged
    {
        ObjectionRequest request; // everything that could be used
        QStringList problems;     // what could not, one message each
    };
    // For entries the program stored itself (remembered entries): what can be
    // used of them, whatever is wrong with the rest.
    static Salvaged salvage(const QByteArray& json);

    static ProfileReadResult read(const QString& path);
    // Empty on success, otherwise a message for the user.
    static QString write(const QString& path, const ObjectionRequest& request,
                         AtomicFileWriter::Naming naming = AtomicFileWriter::Naming::ByProgram);

private:
    static ObjectionRequest read(const QByteArray& json, JsonFieldReader& reader);
};
