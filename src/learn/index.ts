/** The learn stage: word vectors and a multiclass logistic regression, independent of any negotiation. */
export { wordVectors, readWordVectors, cosine, WORD_VECTOR_DIMENSIONS, WORD_VECTOR_SCALE, WORD_VECTORS_FILES, type WordVectors } from './word-vectors.ts';
export {
  trainLinearModel,
  predict,
  explain,
  linearModelToJson,
  linearModelFromJson,
  seededRandom,
  DEFAULT_TRAIN_OPTIONS,
  type Example,
  type LinearModel,
  type TrainOptions,
  type Contribution,
} from './linear-model.ts';
