package org.guildhall.platform.time;

/** The UK nation an employee works in: it decides bank holidays and, with residence, Scottish or Welsh income tax. */
public enum Nation {
    ENGLAND, WALES, SCOTLAND, NORTHERN_IRELAND
}
