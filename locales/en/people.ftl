# A person's file: correcting, deleting and restoring an accompaniment, the timeline, likely
# duplicates, merging two files and undoing it.

## Command line
cli-about-escale-activity-edit = Corrects an accompaniment or a workshop: only the options given change.
cli-arg-escale-activity-edit-id = The activity's identifier.
cli-arg-escale-activity-edit-date = New date (YYYY-MM-DD).
cli-arg-escale-activity-edit-duration = New duration in minutes.
cli-arg-escale-activity-edit-themes = Theme (national code; repeatable; replaces every theme).
cli-arg-escale-activity-edit-notes = New notes.
cli-arg-escale-activity-edit-next_steps = New next steps.
cli-arg-escale-activity-edit-json = Result as JSON.
cli-about-escale-activity-delete = Deletes an activity. It can be restored afterwards.
cli-arg-escale-activity-delete-id = The activity's identifier.
cli-arg-escale-activity-delete-json = Result as JSON.
cli-about-escale-activity-restore = Restores a deleted activity.
cli-arg-escale-activity-restore-id = The activity's identifier.
cli-arg-escale-activity-restore-json = Result as JSON.
cli-activity-deleted = Activity { $id } deleted. To restore it: escale activity restore { $id }
cli-about-escale-beneficiary-timeline = Shows a person's timeline: accompaniments, workshops, procedure steps, newest first.
cli-arg-escale-beneficiary-timeline-id = The person's identifier.
cli-arg-escale-beneficiary-timeline-limit = Maximum number of lines.
cli-arg-escale-beneficiary-timeline-json = Result as JSON.
cli-timeline-empty = Nothing is recorded for this person yet.
cli-about-escale-beneficiary-merge = Merges two files of the same person. Without --yes, only shows what the merge would do.
cli-arg-escale-beneficiary-merge-kept = The identifier of the file to keep.
cli-arg-escale-beneficiary-merge-other = The identifier of the duplicate file, merged into the kept one.
cli-arg-escale-beneficiary-merge-yes = Really merge.
cli-arg-escale-beneficiary-merge-json = Result as JSON.
cli-merge-preview = The kept file will receive { $accompaniments ->
        [one] { $accompaniments } accompaniment
       *[other] { $accompaniments } accompaniments
    }, { $procedures ->
        [one] { $procedures } procedure
       *[other] { $procedures } procedures
    } and { $consents ->
        [one] { $consents } consent
       *[other] { $consents } consents
    }. Fields filled in: { $fields }. Add --yes to merge.
cli-merged = Files merged. To undo: escale beneficiary unmerge { $merge }
cli-about-escale-beneficiary-unmerge = Undoes a merge: both files become as they were.
cli-arg-escale-beneficiary-unmerge-merge = The merge's identifier (given when it was made).
cli-arg-escale-beneficiary-unmerge-json = Result as JSON.
cli-unmerged = Merge undone. File { $id } is back.
cli-likely-duplicate = Careful: a person with the same name and birth year already exists ({ $id }). If it is the same person, merge the files: escale beneficiary merge

## The person's file
undo = Undo
file-timeline = History
file-timeline-older = Show older ones
file-workshop-participants = { $count ->
        [one] { $count } participant
       *[other] { $count } participants
    }
file-activity-edit = Correct
file-activity-delete = Delete
file-activity-restore = Restore
file-activity-deleted = Accompaniment of { $date } deleted.
file-activity-restored = Accompaniment restored.
file-deleted-activities = { $count ->
        [one] { $count } deleted accompaniment
       *[other] { $count } deleted accompaniments
    }

## Merging two files
merge-open = Merge with another file
merge-title = Merge another file into { $name }’s
merge-explanation = If this person has two files, look for the other one. This file is kept; it receives the other one’s accompaniments, procedures and consents, and the details it lacks.
merge-search = Look for the other file (last or first name)
merge-preview-into = { $other }’s file will be merged into { $kept }’s.
merge-preview-no-field = No detail is added to the kept file.
merge-preview-fields = Details added to the kept file: { $fields }.
merge-preview-accompaniments = { $count ->
        [0] No accompaniment to move.
        [one] { $count } accompaniment moved.
       *[other] { $count } accompaniments moved.
    }
merge-preview-procedures = { $count ->
        [0] No procedure to move.
        [one] { $count } procedure moved.
       *[other] { $count } procedures moved.
    }
merge-preview-consents = { $count ->
        [0] No consent to move.
        [one] { $count } consent moved.
       *[other] { $count } consents moved.
    }
merge-preview-undo = You can undo the merge from this file.
merge-field-name = The person’s name
merge-confirm = Merge both files
merge-done = Files merged.
merge-undone = Merge undone: both files are back.
merge-history = Merges
merge-made-on = File merged on { $date }
merge-undo = Undo the merge

## Likely duplicates
duplicate-warning = This person may already be recorded (same name, same birth year):
duplicate-open = Open their file
