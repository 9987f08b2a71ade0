<?xml version="1.0" encoding="UTF-8"?>
<!--
  client_contacts.xsl: the contacts tab of a client's profile.
  <content>
    <client id=".." tab="contacts" active="0|1">…</client>   (client-parts.xsl)
    <contacts><contact><id/><relationship>family|physician|other</relationship>
      <relation_detail/><given_name/><family_name/><email/><phone/>
      <active/><access_id/><portal_role/><last_login_at/><never/></contact>…</contacts>
  </content>
  access_id and portal_role: the contact's live family portal access;
  last_login_at: the last sign-in of the contact's login; never: 1 when
  that login has never signed in (the invitation may be sent again).
  Edit links show to holders of clients.manage; the family portal
  actions to holders of workflow.family_portal.manage.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="client-parts.xsl"/>

  <xsl:template name="title">client_contacts.title</xsl:template>

  <xsl:template match="content">
    <p><a href="/clients"><xsl:value-of select="$t[@k='client.back']"/></a></p>
    <xsl:call-template name="client-header"/>
    <xsl:if test="/page/perms/p = 'clients.manage' and client/@active = '1'">
      <p><a class="button" href="/client/contact?client={client/@id}"><xsl:value-of select="$t[@k='client_contacts.add']"/></a></p>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="contacts/contact"><xsl:apply-templates select="contacts"/></xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$t[@k='client_contacts.none']"/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="contacts">
    <xsl:variable name="client" select="../client/@id"/>
    <xsl:variable name="edit" select="/page/perms/p = 'clients.manage'"/>
    <xsl:variable name="manage" select="/page/perms/p = 'workflow.family_portal.manage'"/>
    <xsl:call-template name="list-status">
      <xsl:with-param name="count" select="count(contact)"/>
      <xsl:with-param name="updated" select="/page/@now"/>
    </xsl:call-template>
    <section class="table-wrap" aria-labelledby="contacts-caption" tabindex="0">
      <table class="table">
        <caption id="contacts-caption"><xsl:value-of select="$t[@k='client_contacts.caption']"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="$t[@k='client_contacts.col.name']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='client_contacts.col.relationship']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='client_contacts.col.reach']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='client_contacts.col.state']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='client_contacts.col.portal_role']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='client_contacts.col.last_login']"/></th>
            <xsl:if test="$edit or $manage">
              <th scope="col"><xsl:value-of select="$t[@k='client_contacts.col.actions']"/></th>
            </xsl:if>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="contact">
            <xsl:variable name="rel" select="concat('client_contact.relationship.', relationship)"/>
            <xsl:variable name="who" select="concat('contact-', id)"/>
            <tr>
              <th scope="row" id="{$who}"><xsl:value-of select="concat(given_name, ' ', family_name)"/></th>
              <td>
                <xsl:value-of select="$t[@k = $rel]"/>
                <xsl:if test="string(relation_detail)"><xsl:value-of select="concat(' (', relation_detail, ')')"/></xsl:if>
              </td>
              <td class="cell-wrap">
                <xsl:value-of select="email"/>
                <xsl:if test="string(email) and string(phone)"><br/></xsl:if>
                <xsl:value-of select="phone"/>
              </td>
              <td>
                <xsl:choose>
                  <xsl:when test="active = '1'"><xsl:value-of select="$t[@k='client_contacts.active']"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$t[@k='client_contacts.inactive']"/></xsl:otherwise>
                </xsl:choose>
              </td>
              <td>
                <xsl:choose>
                  <xsl:when test="string(portal_role)"><xsl:value-of select="portal_role"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$t[@k='client_contacts.no_access']"/></xsl:otherwise>
                </xsl:choose>
              </td>
              <td>
                <xsl:call-template name="datetime">
                  <xsl:with-param name="value" select="last_login_at"/>
                  <xsl:with-param name="empty" select="'client_access.never_signed_in'"/>
                </xsl:call-template>
              </td>
              <xsl:if test="$edit or $manage">
                <td>
                  <ul class="actions-list">
                    <xsl:if test="$edit">
                      <li><a href="/client/contact?client={$client}&amp;id={id}" aria-describedby="{$who}"><xsl:value-of select="$t[@k='client_contacts.edit']"/></a></li>
                    </xsl:if>
                    <xsl:if test="$manage and (active = '1' or string(access_id))">
                      <li><a href="/client/access?client={$client}&amp;contact={id}" aria-describedby="{$who}"><xsl:value-of select="$t[@k='client_access.manage']"/></a></li>
                    </xsl:if>
                    <xsl:if test="$manage and string(access_id) and never = '1'">
                      <li>
                        <xsl:call-template name="resend-button">
                          <xsl:with-param name="client" select="$client"/>
                          <xsl:with-param name="contact" select="id"/>
                          <xsl:with-param name="from" select="'contacts'"/>
                          <xsl:with-param name="label-id" select="$who"/>
                        </xsl:call-template>
                      </li>
                    </xsl:if>
                  </ul>
                </td>
              </xsl:if>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

</xsl:stylesheet>
