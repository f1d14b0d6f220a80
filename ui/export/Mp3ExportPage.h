#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QRadioButton;

namespace lathe::ui {

class ProjectDocument;

// The MP3 masters' settings (project-format.md `export.mp3`): constant bitrate or LAME
// VBR quality. What the renderer does beyond them is shown, not offered: the encode
// rate, the ID3v2.4 tags it writes and the true-peak check of the decoded files
// against the master limiter's ceiling.
class Mp3ExportPage : public QWidget {
    Q_OBJECT
public:
    explicit Mp3ExportPage(ProjectDocument* document, QWidget* parent = nullptr);

    QRadioButton* vbrButton() const { return m_vbr; }
    QComboBox* bitrateBox() const { return m_bitrate; }
    QComboBox* qualityBox() const { return m_quality; }

private:
    void refresh();

    ProjectDocument* m_document;
    QRadioButton* m_cbr;
    QRadioButton* m_vbr;
    QComboBox* m_bitrate;
    QComboBox* m_quality;
    QLabel* m_encodeRate;
    QLabel* m_ceiling;
    QLabel* m_naming;
};

}  // namespace lathe::ui
