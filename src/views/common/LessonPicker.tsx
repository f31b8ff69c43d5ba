import type { LabEntry } from '../../store/contract';
import { LESSONS, lessonNotice, lessonScenario } from '../../store/lessons';

interface Props {
  labs: readonly LabEntry[];
  onSwitch: (lab: LabEntry) => void;
}

/** One click to each idea in the lecture notes: loads a ready scenario into its lab. */
export function LessonPicker({ labs, onSwitch }: Props) {
  return (
    <select
      aria-label="Lesson"
      className="lesson-picker"
      value=""
      onChange={(e) => {
        const lesson = LESSONS.find((l) => l.id === e.target.value);
        const lab = lesson && labs.find((l) => l.id === lesson.lab);
        if (!lesson || !lab) return;
        const store = lab.store.getState();
        store.pause();
        const predict = store.view.predict === true;
        if (store.load(lessonScenario(lesson, predict), 'lesson')) {
          store.notify(lessonNotice(lesson, predict));
          onSwitch(lab);
        }
      }}
    >
      <option value="" disabled>
        Lessons…
      </option>
      {labs.map((lab) => (
        <optgroup key={lab.id} label={lab.title}>
          {LESSONS.filter((l) => l.lab === lab.id).map((l) => (
            <option key={l.id} value={l.id}>
              {l.title}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
