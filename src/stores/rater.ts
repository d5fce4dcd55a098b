/** The rater version: a rep's view of their manager, kept apart from the manager's own answers. */
import { createQuiz } from './quiz.ts';

export const raterQuiz = createQuiz({ key: 'minime:rater:v1', form: 'rater' });
