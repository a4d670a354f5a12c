import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';

/** The DataSource of the TypeORM CLI, built from the same options as the app. */
export default new DataSource(buildDataSourceOptions(loadConfig()));
