#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QRadioButton;

namespace lathe::ui {

class ProjectDocument;

// The WAV masters' settings (project-format.md `export.wav`): word length, sample rate
// (the album's or another), dither, one file per track or one album file with a cue
// sheet. File names are the renderer's (`NN Title.wav`); the page shows them.
class WavExportPage : public QWidget {
    Q_OBJECT
public:
    explicit WavExportPage(ProjectDocument* document, QWidget* parent = nullptr);

    QComboBox* bitsBox() const { return m_bits; }
    QComboBox* rateBox() const { return m_rate; }
    QComboBox* ditherBox() const { return m_dither; }
    QRadioButton* albumSplitButton() const { return m_albumFile; }

private:
    void refresh();

    ProjectDocument* m_document;
    QComboBox* m_bits;
    QComboBox* m_rate;
    QComboBox* m_dither;
    QRadioButton* m_trackFiles;
    QRadioButton* m_albumFile;
    QLabel* m_ditherNote;
    QLabel* m_naming;
};

}  // namespace lathe::ui
