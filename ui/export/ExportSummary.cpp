#include "export/ExportSummary.h"

#include "export/ExportStyle.h"

#include "core/Md5.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <optional>

namespace lathe::ui {
namespace {

using Json = nlohmann::ordered_json;
constexpr const char* kReportJson = "report.json";
constexpr int kRowPadding = 8;
constexpr int kMaxLoudnessRows = 12;  // more tracks scroll

std::optional<double> numberAt(const Json& object, const char* key) {
    if (!object.is_object() || !object.contains(key) || !object[key].is_number())
        return std::nullopt;
    return object[key].get<double>();
}

// The analysis of a track's delivered audio: the WAV when there is one, else the MP3.
const Json* deliveredAnalysis(const Json& outputs) {
    for (const char* format : {"wav", "mp3"})
        if (outputs.is_object() && outputs.contains(format))
            return &outputs[format];
    return nullptr;
}

QString decibelText(std::optional<double> value) {
    return value ? QLocale().toString(*value, 'f', 1) : QStringLiteral("–");
}

QTableWidget* makeTable(int columns, QWidget* parent) {
    auto* table = new QTableWidget(0, columns, parent);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + kRowPadding);
    return table;
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

constexpr Qt::Alignment kNumber = Qt::AlignRight | Qt::AlignVCenter;

}  // namespace

ExportSummary::ExportSummary(QWidget* parent)
    : QWidget(parent), m_headline(new QLabel(this)), m_folder(new QLabel(this)), m_ddp(new QLabel(this)),
      m_loudness(makeTable(LoudnessColumnCount, this)), m_files(makeTable(FileColumnCount, this)) {
    QFont headline = m_headline->font();
    headline.setPointSizeF(headline.pointSizeF() * 1.25);
    headline.setBold(true);
    m_headline->setFont(headline);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setWordWrap(true);
    exportstyle::makeSecondary(m_folder);

    m_loudness->setObjectName(QStringLiteral("summaryLoudness"));
    m_loudness->setHorizontalHeaderLabels({tr("#"), tr("Title"), tr("Integrated (LUFS)"), tr("True peak (dBTP)"),
                                           tr("LRA (LU)"), tr("MP3 true peak (dBTP)")});
    m_loudness->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_loudness->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_files->setObjectName(QStringLiteral("summaryFiles"));
    m_files->setHorizontalHeaderLabels({tr("File"), tr("Size"), tr("MD5")});
    m_files->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_files->horizontalHeader()->setSectionResizeMode(FileName, QHeaderView::Stretch);

    auto* loudness = new QGroupBox(tr("Loudness of the delivered files"), this);
    auto* loudnessLayout = new QVBoxLayout(loudness);
    loudnessLayout->addWidget(m_loudness);
    auto* files = new QGroupBox(tr("Files written"), this);
    auto* filesLayout = new QVBoxLayout(files);
    filesLayout->addWidget(m_files);
    filesLayout->addWidget(m_ddp);
    m_ddp->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_folder);
    layout->addWidget(loudness);
    layout->addWidget(files, 1);
}

void ExportSummary::showReport(const Json& report, const QString& folder) {
    fillLoudness(report);
    fillFiles(report, folder);
    const int files = m_files->rowCount();
    qint64 bytes = 0;
    for (int row = 0; row < files; ++row)
        bytes += m_files->item(row, FileSize)->data(Qt::UserRole).toLongLong();
    m_headline->setText(tr("Release written: %n file(s)", nullptr, files) + QStringLiteral(", ") +
                        QLocale().formattedDataSize(bytes));
    m_folder->setText(QDir::toNativeSeparators(folder));

    const Json& ddp = report["ddp"];
    if (ddp.is_object()) {
        const auto tracks = static_cast<int>(ddp.value("tracks", Json::array()).size());
        const bool checksums = ddp.value("checksums_ok", false);
        const QString upc = QString::fromStdString(ddp.value("upc_ean", std::string()));
        const QString verdict =
            tr("DDP image read back by the independent reader: %n track(s)", nullptr, tracks) +
            (upc.isEmpty() ? QString() : QStringLiteral(", UPC/EAN ") + upc) +
            (checksums ? tr(", checksums match (DDP/checksum.md5).") : tr(", checksums do NOT match."));
        exportstyle::setStatus(m_ddp, checksums ? exportstyle::Status::Good : exportstyle::Status::Bad, verdict);
        m_ddp->show();
    } else {
        m_ddp->hide();
    }
}

void ExportSummary::fillLoudness(const Json& report) {
    const Json& tracks = report["tracks"];
    const Json& qc = report["mp3_qc"];
    m_loudness->setRowCount(static_cast<int>(tracks.size()) + 1);
    for (int row = 0; row < static_cast<int>(tracks.size()); ++row) {
        const Json& track = tracks[static_cast<std::size_t>(row)];
        const Json* analysis = deliveredAnalysis(track["outputs"]);
        const auto peak = analysis ? numberAt(*analysis, "true_peak_dbtp") : std::nullopt;
        std::optional<double> mp3Peak;
        if (qc.is_array() && static_cast<std::size_t>(row) < qc.size())
            mp3Peak = numberAt(qc[static_cast<std::size_t>(row)], "decoded_true_peak_dbtp");
        m_loudness->setItem(row, Number, cell(QString::number(track["number"].get<int>()), kNumber));
        m_loudness->setItem(row, Title, cell(QString::fromStdString(track["title"].get<std::string>())));
        m_loudness->setItem(row, Integrated,
                            cell(decibelText(analysis ? numberAt(*analysis, "integrated_lufs") : std::nullopt),
                                 kNumber));
        m_loudness->setItem(row, TruePeak, cell(decibelText(peak), kNumber));
        m_loudness->setItem(
            row, Range, cell(decibelText(analysis ? numberAt(*analysis, "loudness_range_lu") : std::nullopt), kNumber));
        m_loudness->setItem(row, Mp3TruePeak, cell(decibelText(mp3Peak), kNumber));
    }
    // The album: a whole-album file's own analysis when there is one, else the
    // per-track files measured together as one album (EBU R 128 album loudness).
    const Json& album = report["album"];
    const Json* albumFile = deliveredAnalysis(album["outputs"]);
    if (!albumFile)
        albumFile = deliveredAnalysis(album["delivered"]);
    const int row = static_cast<int>(tracks.size());
    auto* name = cell(tr("Album"));
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    m_loudness->setItem(row, Number, cell(QString()));
    m_loudness->setItem(row, Title, name);
    m_loudness->setItem(row, Integrated,
                        cell(decibelText(albumFile ? numberAt(*albumFile, "integrated_lufs") : std::nullopt),
                             kNumber));
    m_loudness->setItem(row, TruePeak,
                        cell(decibelText(albumFile ? numberAt(*albumFile, "true_peak_dbtp") : std::nullopt), kNumber));
    m_loudness->setItem(
        row, Range, cell(decibelText(albumFile ? numberAt(*albumFile, "loudness_range_lu") : std::nullopt), kNumber));
    m_loudness->setItem(row, Mp3TruePeak, cell(QString()));
    for (int column = 0; column < LoudnessColumnCount; ++column)
        m_loudness->item(row, column)->setFont(bold);
    // As tall as its rows (up to a dozen), leaving the rest to the file list.
    const int rows = std::min(m_loudness->rowCount(), kMaxLoudnessRows);
    m_loudness->setFixedHeight(m_loudness->horizontalHeader()->sizeHint().height() +
                               rows * m_loudness->verticalHeader()->defaultSectionSize() +
                               2 * m_loudness->frameWidth());
}

void ExportSummary::fillFiles(const Json& report, const QString& folder) {
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const Json& files = report["files"];
    // report.json cannot hold its own checksum: it is listed from the folder.
    const QString reportPath = QDir(folder).filePath(QString::fromLatin1(kReportJson));
    const bool hasReport = QFileInfo::exists(reportPath);
    m_files->setRowCount(static_cast<int>(files.size()) + (hasReport ? 1 : 0));
    auto addRow = [&](int row, const QString& path, qint64 bytes, const QString& md5) {
        m_files->setItem(row, FileName, cell(path));
        auto* size = cell(QLocale().formattedDataSize(bytes), kNumber);
        size->setToolTip(tr("%1 bytes").arg(QLocale().toString(bytes)));
        size->setData(Qt::UserRole, bytes);
        m_files->setItem(row, FileSize, size);
        auto* sum = cell(md5);
        sum->setFont(mono);
        m_files->setItem(row, FileMd5, sum);
    };
    int row = 0;
    for (const auto& file : files)
        addRow(row++, QString::fromStdString(file["path"].get<std::string>()), file["bytes"].get<qint64>(),
               QString::fromStdString(file["md5"].get<std::string>()));
    if (hasReport)
        addRow(row, QString::fromLatin1(kReportJson), QFileInfo(reportPath).size(),
               QString::fromStdString(Md5::hexOfFile(reportPath.toStdString())));
}

}  // namespace lathe::ui
