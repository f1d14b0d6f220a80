#pragma once

#include <QWidget>
#include <nlohmann/json.hpp>

class QLabel;
class QTableWidget;

namespace lathe::ui {

// What a finished render made, from its report (report.json): every file written with
// its size and MD5, each track's and the album's loudness (integrated, true peak,
// loudness range) as measured on the delivered files, and the DDP read-back verdict.
class ExportSummary : public QWidget {
    Q_OBJECT
public:
    enum LoudnessColumn { Number, Title, Integrated, TruePeak, Range, Mp3TruePeak, LoudnessColumnCount };
    enum FileColumn { FileName, FileSize, FileMd5, FileColumnCount };

    explicit ExportSummary(QWidget* parent = nullptr);

    // `folder`: the output folder the report describes (report.json is listed too).
    void showReport(const nlohmann::ordered_json& report, const QString& folder);

    QTableWidget* loudnessTable() const { return m_loudness; }
    QTableWidget* filesTable() const { return m_files; }

private:
    void fillLoudness(const nlohmann::ordered_json& report);
    void fillFiles(const nlohmann::ordered_json& report, const QString& folder);

    QLabel* m_headline;
    QLabel* m_folder;
    QLabel* m_ddp;
    QTableWidget* m_loudness;
    QTableWidget* m_files;
};

}  // namespace lathe::ui
