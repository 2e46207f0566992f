/** The train stage: from annotated documents to a model file for the trained extractor. */
export { prepareDocuments, labelCandidates, candidateRecall, type TrainingDocument, type Labelled } from './training-documents.ts';
export { trainExtractor, crossValidate, type CrossValidation, type TrainExtractorOptions } from './train-extractor.ts';
